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
  /** Announced while a document loads. */
  loading: string;
  /** The label of the tag list. */
  tags: string;
}

const en: UiStrings = {
  by: 'By', updated: 'Updated', photo: 'Photo:', readAlso: 'Read also', related: 'Related',
  playVideo: 'Play video', error: 'This content could not be loaded.', loading: 'Loading…', tags: 'Tags',
};

const TABLE: Record<string, UiStrings> = {
  en,
  ar: {
    by: 'بقلم', updated: 'تم التحديث', photo: 'صورة:', readAlso: 'اقرأ أيضًا', related: 'ذو صلة',
    playVideo: 'تشغيل الفيديو', error: 'تعذّر تحميل هذا المحتوى.', loading: 'جارٍ التحميل…', tags: 'الوسوم',
  },
  fa: {
    by: 'نوشتهٔ', updated: 'به‌روزشده', photo: 'عکس:', readAlso: 'بیشتر بخوانید', related: 'مرتبط',
    playVideo: 'پخش ویدیو', error: 'این محتوا بارگیری نشد.', loading: 'در حال بارگیری…', tags: 'برچسب‌ها',
  },
  ps: {
    by: 'لیکوال', updated: 'تازه شوی', photo: 'انځور:', readAlso: 'دا هم ولولئ', related: 'اړوند',
    playVideo: 'ویډیو وغږوئ', error: 'دا منځپانګه پورته نه شوه.', loading: 'پورته کېږي…', tags: 'نښې',
  },
  ru: {
    by: 'Автор:', updated: 'Обновлено', photo: 'Фото:', readAlso: 'Читайте также', related: 'По теме',
    playVideo: 'Смотреть видео', error: 'Не удалось загрузить материал.', loading: 'Загрузка…', tags: 'Теги',
  },
  fr: {
    by: 'Par', updated: 'Mis à jour', photo: 'Photo :', readAlso: 'À lire aussi', related: 'Sur le même sujet',
    playVideo: 'Lire la vidéo', error: 'Ce contenu n’a pas pu être chargé.', loading: 'Chargement…', tags: 'Mots-clés',
  },
  de: {
    by: 'Von', updated: 'Aktualisiert', photo: 'Foto:', readAlso: 'Lesen Sie auch', related: 'Mehr zum Thema',
    playVideo: 'Video abspielen', error: 'Dieser Inhalt konnte nicht geladen werden.', loading: 'Wird geladen…', tags: 'Schlagwörter',
  },
  es: {
    by: 'Por', updated: 'Actualizado', photo: 'Foto:', readAlso: 'Lea también', related: 'Relacionado',
    playVideo: 'Reproducir vídeo', error: 'No se pudo cargar este contenido.', loading: 'Cargando…', tags: 'Etiquetas',
  },
};

/** The base language of a tag: "pt-BR" → "pt". */
const baseLanguage = (lang: string | undefined) => (lang ?? '').toLowerCase().split(/[-_]/)[0];

/** The strings for a language (English when we have none), with the host's overrides on top. */
export function stringsFor(lang: string | undefined, overrides?: Partial<UiStrings>): UiStrings {
  return { ...(TABLE[baseLanguage(lang)] ?? en), ...overrides };
}

const RTL = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'iw', 'yi', 'dv', 'sd', 'ug', 'ckb', 'ku', 'syr', 'ks']);

/** The direction a language is written in. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  const script = /-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/i.test(lang ?? '');
  return script || RTL.has(baseLanguage(lang)) ? 'rtl' : 'ltr';
}
