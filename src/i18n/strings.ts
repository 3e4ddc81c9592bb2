/** The words the elements show that do not come from the document. */
export interface UiStrings {
  /** Before the list of authors: "By A, B and C". */
  by: string;
  /** Before the date of the last change. */
  updated: string;
  /** The label of a photo's credit. */
  photo: string;
  /** The default label of a `link` block. */
  readAlso: string;
  /** The default heading of a related-links block. */
  related: string;
  /** The accessible name of a video's play button, followed by the video's title. */
  playVideo: string;
  /** Shown in place of content that could not be rendered. */
  error: string;
  /** The label of the tag list. */
  tags: string;
  // v2: media and notes (MEDIA_TABLE below).
  /** The link of a social card to the original post: `{a}` is the author, `{p}` the provider. */
  viewPost: string;
  /** The label of a `note` block of kind `correction`. */
  correction: string;
  /** The label of a `note` block of kind `update`. */
  update: string;
  /** The label of a `note` block of kind `editors-note`. */
  editorsNote: string;
  /** The heading of the article's list of corrections. */
  corrections: string;
  /** The link to an audio block's transcript. */
  transcript: string;
}

// One row per language: the strings in the order of KEYS, joined by "|" (shorter than
// an object per language once compressed, the bundle's largest non-ASCII text).
// French "Photo :" has a no-break space, so the colon never starts a line.
const KEYS = ['by', 'updated', 'photo', 'readAlso', 'related', 'playVideo', 'error', 'tags'] as const;
const TABLE: Record<string, string> = {
  en: 'By|Updated|Photo:|Read also|Related|Play video|This content could not be loaded.|Tags',
  ar: 'بقلم|تم التحديث|صورة:|اقرأ أيضًا|ذو صلة|تشغيل الفيديو|تعذّر تحميل هذا المحتوى.|الوسوم',
  fa: 'نوشتهٔ|به‌روزشده|عکس:|بیشتر بخوانید|مرتبط|پخش ویدیو|این محتوا بارگیری نشد.|برچسب‌ها',
  ps: 'لیکوال|تازه شوی|انځور:|دا هم ولولئ|اړوند|ویډیو وغږوئ|دا منځپانګه پورته نه شوه.|نښې',
  ru: 'Автор:|Обновлено|Фото:|Читайте также|По теме|Смотреть видео|Не удалось загрузить материал.|Теги',
  fr: 'Par|Mis à jour|Photo :|À lire aussi|Sur le même sujet|Lire la vidéo|Ce contenu n’a pas pu être chargé.|Mots-clés',
  de: 'Von|Aktualisiert|Foto:|Lesen Sie auch|Mehr zum Thema|Video abspielen|Dieser Inhalt konnte nicht geladen werden.|Schlagwörter',
  es: 'Por|Actualizado|Foto:|Lea también|Relacionado|Reproducir vídeo|No se pudo cargar este contenido.|Etiquetas',
};

// The words of the media and notes blocks (v2), in the same form: a table of their own, so
// that each table's rows stay short to read.
const MEDIA_KEYS = ['viewPost', 'correction', 'update', 'editorsNote', 'corrections', 'transcript'] as const;
const MEDIA_TABLE: Record<string, string> = {
  en: 'View the post by {a} on {p}|Correction|Update|Editor’s note|Corrections|Transcript',
  ar: 'عرض منشور {a} على {p}|تصحيح|تحديث|ملاحظة المحرر|تصحيحات|النص المكتوب',
  fa: 'دیدن پست {a} در {p}|اصلاحیه|به‌روزرسانی|یادداشت سردبیر|اصلاحیه‌ها|متن پیاده‌شده',
  ps: 'په {p} کې د {a} لیکنه وګورئ|سمون|تازه معلومات|د مدیر یادښت|سمونونه|لیکلې بڼه',
  ru: 'Публикация {a} в {p}|Исправление|Обновление|От редакции|Исправления|Расшифровка',
  fr: 'Voir la publication de {a} sur {p}|Correction|Mise à jour|Note de la rédaction|Rectificatifs|Transcription',
  de: 'Beitrag von {a} auf {p} ansehen|Korrektur|Aktualisierung|Anmerkung der Redaktion|Korrekturen|Transkript',
  es: 'Ver la publicación de {a} en {p}|Corrección|Actualización|Nota del editor|Correcciones|Transcripción',
};

/** The base language of a tag: "pt-BR" → "pt". */
const baseLanguage = (lang: string | undefined) => (lang ?? '').toLowerCase().split(/[-_]/)[0];

/** The strings for a language (English when we have none), with the host's overrides on top. */
export function stringsFor(lang: string | undefined, overrides?: Partial<UiStrings>): UiStrings {
  const base = baseLanguage(lang);
  // Not an own row ("constructor", "__proto__" from the object's prototype): English.
  const rowOf = (table: Record<string, string>) => (Object.prototype.hasOwnProperty.call(table, base) ? table[base] : table.en).split('|');
  const row = [...rowOf(TABLE), ...rowOf(MEDIA_TABLE)];
  return { ...(Object.fromEntries([...KEYS, ...MEDIA_KEYS].map((key, i) => [key, row[i]])) as unknown as UiStrings), ...overrides };
}

const RTL = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'iw', 'yi', 'dv', 'sd', 'ug', 'ckb', 'ku', 'syr', 'ks']);

/** The direction a language is written in. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  const script = /-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/i.test(lang ?? '');
  return script || RTL.has(baseLanguage(lang)) ? 'rtl' : 'ltr';
}
