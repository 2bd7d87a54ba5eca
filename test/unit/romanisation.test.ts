import { needsRomanising, romanise } from '../../src/romanisation';

/** A Latin rendering of a name in each script, by its own rules. */
describe('romanise', () => {
  it.each([
    ['Михаил Галузин', 'ru', 'Mikhail Galuzin'],
    ['Халаф Халафов', 'ru', 'Khalaf Khalafov'],
    ['Володимир Зеленський', 'uk', 'Volodymyr Zelenskyi'],
    ['Алег Краўчанка', 'be', 'Aleh Krawchanka'],
    ['Жељко Јовић', 'sr', 'Željko Jović'],
    ['إبراهيم غندور', 'ar', 'Ibrahim Ghandur'],
    ['خليفة بن علي بن عيسى الحارثي', 'ar', 'Khalifa bin Ali bin Isa al-Harthi'],
    ['سامي بن عبد الله الصالح', 'ar', 'Sami bin Abdullah al-Salh'],
    ['سید عباس عراقچی', 'fa', 'Seyed Abas Araghchi'],
    ['孫衛(wèi)東', 'zh', 'Sun Weidong'],
    ['谢锋', 'zh', 'Xie Feng'],
    ['マジード・タフトラヴァーンチ', 'ja', 'Majido Tafutoravanchi'],
    ['서민정', 'ko', 'Seo Min-jeong'],
    ['장호진', 'ko', 'Chang Ho-jin'],
    ['विक्रम मिसरी', 'hi', 'Vikram Misri'],
    ['Արտակ Ապիտոնյան', 'hy', 'Artak Apitonyan'],
    ['Γιώργος Γεραπετρίτης', 'el', 'Giorgos Gerapetritis'],
    ['Jeroen Cooreman', 'en', 'Jeroen Cooreman'],
  ])('%s (%s) → %s', (name, language, latin) => {
    expect(romanise(name, { language })).toBe(latin);
  });

  it('reads Cyrillic by its letters when the language is not given', () => {
    expect(romanise('Жељко Јовић')).toBe('Željko Jović');
    expect(romanise('Георгій Барысенка')).toBe('Heorhiy Barysenka');
    expect(romanise('Сергей Лавров')).toBe('Sergey Lavrov');
  });

  it('reads Japanese names in kanji by their dictionary readings, given name first, and keeps Latin text', () => {
    expect(romanise('岸田文雄', { language: 'ja' })).toBe('Fumio Kishida');
    expect(romanise('上川陽子', { language: 'ja' })).toBe('Yoko Kamikawa');
    expect(romanise('河野太郎', { language: 'ja' })).toBe('Taro Kono');
    expect(needsRomanising('岸田文雄')).toBe(true);
    expect(needsRomanising('Dan Neculăescu')).toBe(false);
  });

  it('reads a name by the person\'s country: a Chinese official in Japanese kanji in pinyin, a Japanese one in Chinese or Hangul by the Japanese reading', () => {
    expect(romanise('王毅', { language: 'ja', origin: 'CN' })).toBe('Wang Yi');
    expect(romanise('岸田文雄', { language: 'zh', origin: 'JP' })).toBe('Fumio Kishida');
    expect(romanise('河野太郎', { language: 'zh', origin: 'JP' })).toBe('Taro Kono');
    expect(romanise('기시다 후미오', { language: 'ko', origin: 'JP' })).toBe('Fumio Kishida');
    expect(romanise('모테기 도시미쓰', { language: 'ko', origin: 'JP' })).toBe('Toshimitsu Motegi');
    expect(romanise('나카무라 조지', { language: 'ko', origin: 'JP' })).toBe('Joji Nakamura');
    // Without the country, Hangul is Korean and characters are Chinese.
    expect(romanise('서민정', { language: 'ko' })).toBe('Seo Min-jeong');
    expect(romanise('王毅', { language: 'zh' })).toBe('Wang Yi');
  });
});
