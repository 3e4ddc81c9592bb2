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
  /** The name of a code block's scrolling region ("Code: python" with a language). */
  code: string;
  /** The name of a table's scrolling region when the table has no caption. */
  table: string;
  /** The heading of the footnotes at the end of an article. */
  notes: string;
  /** Before a footnote's number, in the reference's accessible name: "Note 1". */
  note: string;
  /** The accessible name of a note's link back to its reference, before the number. */
  noteBack: string;
}

// One row per language: the strings in the order of KEYS, joined by "|" (shorter than
// an object per language once compressed, the bundle's largest non-ASCII text).
// French "Photo :" has a no-break space, so the colon never starts a line.
const KEYS = ['by', 'updated', 'photo', 'readAlso', 'related', 'playVideo', 'error', 'tags', 'code', 'table', 'notes', 'note', 'noteBack'] as const;
const TABLE: Record<string, string> = {
  en: 'By|Updated|Photo:|Read also|Related|Play video|This content could not be loaded.|Tags|Code|Table|Notes|Note|Back to reference',
  ar: 'بقلم|تم التحديث|صورة:|اقرأ أيضًا|ذو صلة|تشغيل الفيديو|تعذّر تحميل هذا المحتوى.|الوسوم|الشيفرة البرمجية|جدول|الحواشي|حاشية|العودة إلى الإحالة',
  fa: 'نوشتهٔ|به‌روزشده|عکس:|بیشتر بخوانید|مرتبط|پخش ویدیو|این محتوا بارگیری نشد.|برچسب‌ها|کد|جدول|پانوشت‌ها|پانوشت|بازگشت به ارجاع',
  ps: 'لیکوال|تازه شوی|انځور:|دا هم ولولئ|اړوند|ویډیو وغږوئ|دا منځپانګه پورته نه شوه.|نښې|کوډ|جدول|لمنلیکونه|لمنلیک|بېرته حوالې ته',
  ru: 'Автор:|Обновлено|Фото:|Читайте также|По теме|Смотреть видео|Не удалось загрузить материал.|Теги|Код|Таблица|Примечания|Примечание|Вернуться к ссылке',
  fr: 'Par|Mis à jour|Photo :|À lire aussi|Sur le même sujet|Lire la vidéo|Ce contenu n’a pas pu être chargé.|Mots-clés|Code|Tableau|Notes|Note|Retour à l’appel de note',
  de: 'Von|Aktualisiert|Foto:|Lesen Sie auch|Mehr zum Thema|Video abspielen|Dieser Inhalt konnte nicht geladen werden.|Schlagwörter|Code|Tabelle|Anmerkungen|Anmerkung|Zurück zum Verweis',
  es: 'Por|Actualizado|Foto:|Lea también|Relacionado|Reproducir vídeo|No se pudo cargar este contenido.|Etiquetas|Código|Tabla|Notas|Nota|Volver a la llamada',
};

/** The base language of a tag: "pt-BR" → "pt". */
const baseLanguage = (lang: string | undefined) => (lang ?? '').toLowerCase().split(/[-_]/)[0];

/** The strings for a language (English when we have none), with the host's overrides on top. */
export function stringsFor(lang: string | undefined, overrides?: Partial<UiStrings>): UiStrings {
  const own = TABLE[baseLanguage(lang)];
  // Not an own row ("constructor", "__proto__" from the object's prototype): English.
  const row = (typeof own === 'string' ? own : TABLE.en).split('|');
  return { ...(Object.fromEntries(KEYS.map((key, i) => [key, row[i]])) as unknown as UiStrings), ...overrides };
}

const RTL = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'iw', 'yi', 'dv', 'sd', 'ug', 'ckb', 'ku', 'syr', 'ks']);

/** The direction a language is written in. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  const script = /-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/i.test(lang ?? '');
  return script || RTL.has(baseLanguage(lang)) ? 'rtl' : 'ltr';
}
