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

  it('leaves Japanese kanji alone (their readings need a dictionary) and keeps Latin text', () => {
    expect(romanise('山田重夫', { language: 'ja' })).toBe('山田重夫');
    expect(needsRomanising('山田重夫')).toBe(true);
    expect(needsRomanising('Dan Neculăescu')).toBe(false);
  });
});
