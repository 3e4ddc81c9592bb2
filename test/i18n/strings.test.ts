import { expect } from '@open-wc/testing';
import { directionOf, stringsFor } from '../../src/i18n/strings.js';

// Every word the elements show on their own, per language, as a reader sees it.
const TABLE = {
  en: {
    by: 'By', updated: 'Updated', photo: 'Photo:', readAlso: 'Read also', related: 'Related', playVideo: 'Play video', error: 'This content could not be loaded.', tags: 'Tags',
  },
  ar: {
    by: 'بقلم', updated: 'تم التحديث', photo: 'صورة:', readAlso: 'اقرأ أيضًا', related: 'ذو صلة', playVideo: 'تشغيل الفيديو', error: 'تعذّر تحميل هذا المحتوى.', tags: 'الوسوم',
  },
  fa: {
    by: 'نوشتهٔ', updated: 'به‌روزشده', photo: 'عکس:', readAlso: 'بیشتر بخوانید', related: 'مرتبط', playVideo: 'پخش ویدیو', error: 'این محتوا بارگیری نشد.', tags: 'برچسب‌ها',
  },
  ps: {
    by: 'لیکوال', updated: 'تازه شوی', photo: 'انځور:', readAlso: 'دا هم ولولئ', related: 'اړوند', playVideo: 'ویډیو وغږوئ', error: 'دا منځپانګه پورته نه شوه.', tags: 'نښې',
  },
  ru: {
    by: 'Автор:', updated: 'Обновлено', photo: 'Фото:', readAlso: 'Читайте также', related: 'По теме', playVideo: 'Смотреть видео', error: 'Не удалось загрузить материал.', tags: 'Теги',
  },
  fr: {
    by: 'Par', updated: 'Mis à jour', photo: 'Photo :', readAlso: 'À lire aussi', related: 'Sur le même sujet', playVideo: 'Lire la vidéo', error: 'Ce contenu n’a pas pu être chargé.', tags: 'Mots-clés',
  },
  de: {
    by: 'Von', updated: 'Aktualisiert', photo: 'Foto:', readAlso: 'Lesen Sie auch', related: 'Mehr zum Thema', playVideo: 'Video abspielen', error: 'Dieser Inhalt konnte nicht geladen werden.', tags: 'Schlagwörter',
  },
  es: {
    by: 'Por', updated: 'Actualizado', photo: 'Foto:', readAlso: 'Lea también', related: 'Relacionado', playVideo: 'Reproducir vídeo', error: 'No se pudo cargar este contenido.', tags: 'Etiquetas',
  },
};

describe('stringsFor', () => {
  it('gives every string of every language we ship', () => {
    for (const [lang, strings] of Object.entries(TABLE)) expect(stringsFor(lang), lang).to.deep.equal(strings);
  });

  it('reads the base language of a tag, in any case, and falls back to English', () => {
    expect(stringsFor('fr-CA')).to.deep.equal(TABLE.fr);
    expect(stringsFor('DE_at')).to.deep.equal(TABLE.de);
    expect(stringsFor('ar-EG').related).to.equal(TABLE.ar.related);
    expect(stringsFor('pt-BR')).to.deep.equal(TABLE.en);
    expect(stringsFor('')).to.deep.equal(TABLE.en);
    expect(stringsFor(undefined)).to.deep.equal(TABLE.en);
    expect(stringsFor('constructor')).to.deep.equal(TABLE.en);
  });

  it("puts the host's overrides on top, without changing the next element's strings", () => {
    expect(stringsFor('fr', { by: 'De', tags: 'Thèmes' })).to.deep.equal({ ...TABLE.fr, by: 'De', tags: 'Thèmes' });
    expect(stringsFor('fr')).to.deep.equal(TABLE.fr);
  });
});

describe('directionOf', () => {
  it('is rtl for right-to-left languages and scripts, ltr otherwise', () => {
    for (const lang of ['ar', 'fa-IR', 'ps', 'he', 'ur', 'ckb', 'az-Arab', 'pa-Arab-PK']) expect(directionOf(lang), lang).to.equal('rtl');
    for (const lang of ['en', 'fr-CA', 'ru', 'arn', 'zh-Hant', undefined]) expect(directionOf(lang), String(lang)).to.equal('ltr');
  });
});
