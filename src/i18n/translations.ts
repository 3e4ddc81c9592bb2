/**
 * The UI words in languages other than English, one row per language in the
 * order of the keys in ./strings.ts, joined by "|". Loaded on demand (the
 * `strings` feature) when a document is in one of these languages.
 * French "Photo :" has a no-break space, so the colon never starts a line.
 */
export const TRANSLATIONS: Record<string, string> = {
  ar: 'بقلم|تم التحديث|صورة:|اقرأ أيضًا|ذو صلة|تشغيل الفيديو|تعذّر تحميل هذا المحتوى.|الوسوم',
  fa: 'نوشتهٔ|به‌روزشده|عکس:|بیشتر بخوانید|مرتبط|پخش ویدیو|این محتوا بارگیری نشد.|برچسب‌ها',
  ps: 'لیکوال|تازه شوی|انځور:|دا هم ولولئ|اړوند|ویډیو وغږوئ|دا منځپانګه پورته نه شوه.|نښې',
  ru: 'Автор:|Обновлено|Фото:|Читайте также|По теме|Смотреть видео|Не удалось загрузить материал.|Теги',
  fr: 'Par|Mis à jour|Photo :|À lire aussi|Sur le même sujet|Lire la vidéo|Ce contenu n’a pas pu être chargé.|Mots-clés',
  de: 'Von|Aktualisiert|Foto:|Lesen Sie auch|Mehr zum Thema|Video abspielen|Dieser Inhalt konnte nicht geladen werden.|Schlagwörter',
  es: 'Por|Actualizado|Foto:|Lea también|Relacionado|Reproducir vídeo|No se pudo cargar este contenido.|Etiquetas',
};
