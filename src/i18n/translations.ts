/**
 * The UI words in languages other than English, one row per language in the
 * order of the keys in ./strings.ts, joined by "|". Loaded on demand (the
 * `strings` feature) when a document is in one of these languages.
 * French "Photo :" has a no-break space, so the colon never starts a line.
 */
export const TRANSLATIONS: Record<string, string> = {
  ar: 'بقلم|تم التحديث|صورة:|اقرأ أيضًا|ذو صلة|تشغيل الفيديو|تعذّر تحميل هذا المحتوى.|الوسوم|الشيفرة البرمجية|جدول|الحواشي|حاشية|العودة إلى الإحالة|عرض منشور {a} على {p}|تصحيح|تحديث|ملاحظة المحرر|تصحيحات|النص المكتوب',
  fa: 'نوشتهٔ|به‌روزشده|عکس:|بیشتر بخوانید|مرتبط|پخش ویدیو|این محتوا بارگیری نشد.|برچسب‌ها|کد|جدول|پانوشت‌ها|پانوشت|بازگشت به ارجاع|دیدن پست {a} در {p}|اصلاحیه|به‌روزرسانی|یادداشت سردبیر|اصلاحیه‌ها|متن پیاده‌شده',
  ps: 'لیکوال|تازه شوی|انځور:|دا هم ولولئ|اړوند|ویډیو وغږوئ|دا منځپانګه پورته نه شوه.|نښې|کوډ|جدول|لمنلیکونه|لمنلیک|بېرته حوالې ته|په {p} کې د {a} لیکنه وګورئ|سمون|تازه معلومات|د مدیر یادښت|سمونونه|لیکلې بڼه',
  ru: 'Автор:|Обновлено|Фото:|Читайте также|По теме|Смотреть видео|Не удалось загрузить материал.|Теги|Код|Таблица|Примечания|Примечание|Вернуться к ссылке|Публикация {a} в {p}|Исправление|Обновление|От редакции|Исправления|Расшифровка',
  fr: 'Par|Mis à jour|Photo :|À lire aussi|Sur le même sujet|Lire la vidéo|Ce contenu n’a pas pu être chargé.|Mots-clés|Code|Tableau|Notes|Note|Retour à l’appel de note|Voir la publication de {a} sur {p}|Correction|Mise à jour|Note de la rédaction|Rectificatifs|Transcription',
  de: 'Von|Aktualisiert|Foto:|Lesen Sie auch|Mehr zum Thema|Video abspielen|Dieser Inhalt konnte nicht geladen werden.|Schlagwörter|Code|Tabelle|Anmerkungen|Anmerkung|Zurück zum Verweis|Beitrag von {a} auf {p} ansehen|Korrektur|Aktualisierung|Anmerkung der Redaktion|Korrekturen|Transkript',
  es: 'Por|Actualizado|Foto:|Lea también|Relacionado|Reproducir vídeo|No se pudo cargar este contenido.|Etiquetas|Código|Tabla|Notas|Nota|Volver a la llamada|Ver la publicación de {a} en {p}|Corrección|Actualización|Nota del editor|Correcciones|Transcripción',
};
