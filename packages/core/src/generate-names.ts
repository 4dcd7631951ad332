/**
 * Name material for the demo-data generator: company names in the scripts of the kit's six UI
 * languages (Latin with German, French and Swedish diacritics, Japanese, Serbian Latin and
 * Cyrillic, English), partner administrators and tag labels.
 *
 * Names are assembled from short word lists so a million customers share a few hundred word
 * strings (V8 keeps `a + b` as a rope over the shared parts) instead of a million copies.
 */

/** The slice of the generator's PRNG that name building needs. */
export interface NamePicker {
  /** A uniform integer in `0 .. length - 1`. */
  index(length: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

function pick<T>(random: NamePicker, items: readonly T[]): T {
  return items[random.index(items.length)] as T;
}

/**
 * Words joined by spaces into one flat string: `a + b` would keep a rope of the parts, which costs
 * more memory than the finished name once a million of them are held.
 */
function phrase(...words: string[]): string {
  return words.join(' ');
}

/** Japanese names run together without spaces. */
function unspaced(...words: string[]): string {
  return words.join('');
}

/** A second, different entry, for "X & Y" names. */
function pickOther<T>(random: NamePicker, items: readonly T[], first: T): T {
  const other = pick(random, items);
  return other === first ? (items[(items.indexOf(first) + 1) % items.length] as T) : other;
}

// Most patterns combine three lists of 15–30 words, so names repeat only rarely in a few thousand
// customers (and, as in real portfolios, sometimes do).

// ---------------------------------------------------------------------------------------------
// German

const DE_SURNAMES = [
  'Müller', 'Schröder', 'Köhler', 'Weiß', 'Krüger', 'Jäger', 'Böhm', 'Schäfer', 'Günther', 'Hoffmann',
  'Wagner', 'Fuchs', 'Lehmann', 'Schulze', 'Hübner', 'Möller', 'Becker', 'Vogt', 'Groß', 'Kühn', 'Dörr',
  'Zimmermann', 'Schütz', 'Bräuer', 'Löffler', 'Sommer', 'Kraus', 'Nußbaum', 'Reuß', 'Wöhrle',
];
const DE_TRADES = [
  'Maschinenbau', 'Logistik', 'Elektrotechnik', 'Bäckerei', 'Brauerei', 'Stahlbau', 'Immobilien',
  'Versicherungsmakler', 'Metallverarbeitung', 'Gebäudetechnik', 'Sanitärtechnik', 'Möbelwerke', 'Druckerei',
  'Feinkost', 'Steuerberatung', 'Kältetechnik', 'Dachdeckerei', 'Zahntechnik', 'Spedition', 'Gerüstbau',
];
const DE_CITIES = [
  'München', 'Köln', 'Düsseldorf', 'Nürnberg', 'Lübeck', 'Würzburg', 'Görlitz', 'Mülheim', 'Fürth',
  'Osnabrück', 'Saarbrücken', 'Tübingen', 'Jülich', 'Lüneburg', 'Gießen', 'Bückeburg',
];

function germanName(random: NamePicker): string {
  const surname = pick(random, DE_SURNAMES);
  const roll = random.index(10);
  if (roll < 3) return phrase(surname, pick(random, DE_TRADES), pick(random, DE_CITIES), 'GmbH');
  if (roll < 5) return phrase(surname, '&', pickOther(random, DE_SURNAMES, surname), pick(random, DE_TRADES), 'KG');
  if (roll < 7) return phrase(pick(random, DE_TRADES), surname, pick(random, DE_CITIES), 'AG');
  if (roll < 8) return phrase(surname, '& Söhne', pick(random, DE_TRADES), 'GmbH');
  if (roll < 9) return phrase(surname, pick(random, DE_TRADES), 'GmbH & Co. KG');
  return phrase('Stadtwerke', pick(random, DE_CITIES), pick(random, DE_TRADES));
}

function longGermanName(random: NamePicker): string {
  return phrase(
    pick(random, DE_SURNAMES),
    'Gesellschaft für internationale Logistik, Lagerhaltung und Zollabwicklung mbH & Co. KG, Niederlassung',
    pick(random, DE_CITIES),
  );
}

// ---------------------------------------------------------------------------------------------
// French

const FR_SURNAMES = [
  'Lefèvre', 'Bérard', 'Gérard', 'Dupré', 'Moreau', 'Aubé', 'Mercier', 'Rousseau', 'Faure', 'Périn',
  'Lévêque', 'Chênevert', 'Benoît', 'Thibault', 'Lemaître', 'Gaillard', 'Bouchard', 'Clément', 'Girardot',
  'Hébert', 'Joubert', 'Maréchal', 'Noël', 'Pélissier', 'Ségur',
];
const FR_TRADES = [
  'Boulangerie', 'Transports', 'Électricité', 'Bâtiment', 'Hôtellerie', 'Pâtisserie', 'Télécoms',
  'Menuiserie', 'Énergie', 'Assurances', 'Pharmacie', 'Imprimerie', 'Céramiques', 'Fromagerie', 'Vignobles',
  'Génie climatique', 'Métallerie', 'Expertise comptable',
];
const FR_CITIES = [
  'Besançon', 'Orléans', 'Nîmes', 'Angoulême', 'Sète', 'Compiègne', 'Évreux', 'Valence', 'Béziers',
  'Rodez', 'Mâcon', 'Saint-Étienne', 'Périgueux', 'Châlons', 'Montbéliard', 'Québec',
];

function frenchName(random: NamePicker): string {
  const surname = pick(random, FR_SURNAMES);
  const roll = random.index(10);
  if (roll < 3) return phrase(pick(random, FR_TRADES), surname, 'de', pick(random, FR_CITIES));
  if (roll < 5) return phrase('Groupe', surname, '&', pickOther(random, FR_SURNAMES, surname), pick(random, FR_TRADES));
  if (roll < 7) return phrase('Société', pick(random, FR_TRADES), surname, 'SAS');
  if (roll < 8) return phrase(pick(random, FR_TRADES), surname, 'Frères SARL');
  if (roll < 9) return phrase('Établissements', surname, 'et Fils,', pick(random, FR_CITIES));
  return phrase(pick(random, FR_TRADES), 'de', pick(random, FR_CITIES), 'SA');
}

function longFrenchName(random: NamePicker): string {
  return phrase(
    "Société Coopérative d'Intérêt Collectif pour l'Aménagement et le Développement Économique de",
    pick(random, FR_CITIES),
    'et Environs',
  );
}

// ---------------------------------------------------------------------------------------------
// Swedish

const SV_SURNAMES = [
  'Åkesson', 'Öberg', 'Björk', 'Ängström', 'Söderberg', 'Lindqvist', 'Håkansson', 'Strömberg', 'Nyström',
  'Ekström', 'Löfgren', 'Sjöberg', 'Åberg', 'Bäckström', 'Holmström', 'Fältskog', 'Wästberg', 'Göransson',
  'Hägg', 'Forsström',
];
const SV_TRADES = [
  'Bygg', 'Fastigheter', 'Åkeri', 'Snickeri', 'Elteknik', 'Revision', 'Trävaror', 'Måleri', 'Rörteknik',
  'Städservice', 'Kyl & Värme', 'Gjuteri', 'Plåtslageri', 'Trädgård', 'Konsult',
];
const SV_CITIES = [
  'Växjö', 'Örebro', 'Göteborg', 'Malmö', 'Jönköping', 'Umeå', 'Luleå', 'Norrköping', 'Sundsvall',
  'Västerås', 'Gävle', 'Skövde', 'Borås', 'Östersund',
];

function swedishName(random: NamePicker): string {
  const surname = pick(random, SV_SURNAMES);
  const roll = random.index(10);
  if (roll < 4) return phrase(surname + 's', pick(random, SV_TRADES), 'i', pick(random, SV_CITIES), 'AB');
  if (roll < 7) return phrase(pick(random, SV_CITIES), pick(random, SV_TRADES), '&', surname, 'AB');
  if (roll < 9) return phrase(surname, '&', pickOther(random, SV_SURNAMES, surname), pick(random, SV_TRADES), 'HB');
  return phrase(surname, pick(random, SV_TRADES), 'AB');
}

function longSwedishName(random: NamePicker): string {
  return phrase(
    pick(random, SV_SURNAMES),
    'Bygg- och Fastighetsförvaltning i',
    pick(random, SV_CITIES),
    'med dotterbolag inom energieffektivisering och återvinning AB',
  );
}

// ---------------------------------------------------------------------------------------------
// Japanese

const JA_SURNAMES = [
  '山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村', '小林', '加藤',
  '吉田', '松本', '井上', '木村', '清水', '山口', '森', '池田', '橋本', '石川',
];
const JA_TRADES = [
  '製作所', '商事', '建設', '電機', '物流', '工業', '食品', '不動産', '運輸',
  '精工', '薬品', '印刷', '通信', '化学', '興産', '設計事務所', '電子', '産業',
];
const JA_PLACES = [
  '東京', '大阪', '名古屋', '札幌', '福岡', '横浜', '京都', '神戸', '仙台', '広島', '静岡', '金沢', '熊本', '新潟', '那覇',
];

function japaneseName(random: NamePicker): string {
  const roll = random.index(10);
  if (roll < 4) return unspaced('株式会社', pick(random, JA_PLACES), pick(random, JA_SURNAMES), pick(random, JA_TRADES));
  if (roll < 8) return unspaced(pick(random, JA_PLACES), pick(random, JA_SURNAMES), pick(random, JA_TRADES), '株式会社');
  if (roll < 9) return unspaced('株式会社', pick(random, JA_SURNAMES), pick(random, JA_TRADES));
  return unspaced('有限会社', pick(random, JA_SURNAMES), pick(random, JA_TRADES));
}

function longJapaneseName(random: NamePicker): string {
  return unspaced(
    '一般社団法人',
    pick(random, JA_PLACES),
    '地域医療・介護・福祉・子育て支援サービス連携推進協議会および関連事業運営委員会事務局',
  );
}

// ---------------------------------------------------------------------------------------------
// Serbian: one word list, written in Latin and (transliterated once, at load) in Cyrillic

interface SerbianWords {
  surnames: readonly string[];
  trades: readonly string[];
  cities: readonly string[];
  llc: string;
  jointStock: string;
  andSons: string;
  longMiddle: string;
  longBranch: string;
}

const SR_LATIN: SerbianWords = {
  surnames: [
    'Đorđević', 'Petrović', 'Jovanović', 'Nikolić', 'Marković', 'Stojanović', 'Živković', 'Pavlović',
    'Ćirić', 'Šarić', 'Lukić', 'Kovačević', 'Popović', 'Đukić', 'Ilić', 'Radovanović', 'Tešić', 'Savić',
    'Vučković', 'Mitrović',
  ],
  trades: [
    'Logistika', 'Građevina', 'Transport', 'Trgovina', 'Inženjering', 'Softver', 'Štamparija', 'Pekara',
    'Energetika', 'Računovodstvo', 'Nekretnine', 'Osiguranje', 'Mlekara', 'Elektro', 'Auto centar',
  ],
  cities: [
    'Beograd', 'Novi Sad', 'Niš', 'Kragujevac', 'Čačak', 'Šabac', 'Subotica', 'Užice', 'Zaječar', 'Požarevac',
    'Kraljevo', 'Valjevo', 'Sombor', 'Pančevo',
  ],
  llc: 'd.o.o.',
  jointStock: 'a.d.',
  andSons: 'i sinovi',
  longMiddle: 'društvo sa ograničenom odgovornošću za proizvodnju, promet i usluge, ogranak',
  longBranch: 'i okolina',
};

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј',
  k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', z: 'з',
  ž: 'ж',
};
const CYRILLIC_DIGRAPHS: Readonly<Record<string, string>> = {lj: 'љ', nj: 'њ', dž: 'џ'};

function cyrillicLetter(latin: string, table: Readonly<Record<string, string>>): string | undefined {
  const lower = latin.toLowerCase();
  const letter = table[lower];
  if (letter === undefined) return undefined;
  return latin === lower ? letter : letter.toUpperCase();
}

/** Serbian Latin → Cyrillic (the two scripts map letter for letter; lj, nj, dž are one letter). */
export function toSerbianCyrillic(latin: string): string {
  let out = '';
  let i = 0;
  while (i < latin.length) {
    const pair = latin.slice(i, i + 2);
    const digraph = pair.length === 2 ? cyrillicLetter(pair, CYRILLIC_DIGRAPHS) : undefined;
    if (digraph !== undefined) {
      out += digraph;
      i += 2;
    } else {
      const char = latin.charAt(i);
      out += cyrillicLetter(char, LATIN_TO_CYRILLIC) ?? char;
      i += 1;
    }
  }
  return out;
}

const SR_CYRILLIC: SerbianWords = {
  surnames: SR_LATIN.surnames.map(toSerbianCyrillic),
  trades: SR_LATIN.trades.map(toSerbianCyrillic),
  cities: SR_LATIN.cities.map(toSerbianCyrillic),
  llc: toSerbianCyrillic(SR_LATIN.llc),
  jointStock: toSerbianCyrillic(SR_LATIN.jointStock),
  andSons: toSerbianCyrillic(SR_LATIN.andSons),
  longMiddle: toSerbianCyrillic(SR_LATIN.longMiddle),
  longBranch: toSerbianCyrillic(SR_LATIN.longBranch),
};

function serbianName(random: NamePicker, words: SerbianWords): string {
  const surname = pick(random, words.surnames);
  const roll = random.index(10);
  if (roll < 4) return phrase(surname, pick(random, words.trades), pick(random, words.cities), words.llc);
  if (roll < 7) return phrase(surname, '&', pickOther(random, words.surnames, surname), pick(random, words.trades), words.llc);
  if (roll < 9) return phrase(surname, words.andSons, pick(random, words.trades), words.llc);
  return phrase(pick(random, words.trades), pick(random, words.cities), words.jointStock);
}

function longSerbianName(random: NamePicker, words: SerbianWords): string {
  return phrase(
    pick(random, words.surnames),
    pick(random, words.trades),
    words.longMiddle,
    pick(random, words.cities),
    words.longBranch,
  );
}

// ---------------------------------------------------------------------------------------------
// English

const EN_SURNAMES = [
  'Harper', 'Whitfield', "O'Connor", 'Bennett', 'Ashworth', 'Caldwell', 'Fletcher', 'Holloway', 'Pemberton',
  'Sinclair', 'Thornton', 'Winslow', 'Okafor', 'Nguyen', 'Patel', 'Kowalski', 'García', 'Murphy', 'Abernathy',
  'Lindgren', 'McAllister', 'Osei', 'Rahman', 'Delacroix', 'Yamamoto', 'Brennan', 'Castillo', 'Fitzgerald',
];
const EN_PLACES = [
  'Northwind', 'Blue Ridge', 'Harbor Point', 'Silver Creek', 'Red Oak', 'Summit', 'Lakeside', 'Granite',
  'Cedar Valley', 'Riverbend', 'Ironbridge', 'Meadowbrook', 'Bayview', 'Foxglove', 'Pinecrest', 'Stonegate',
  'Clearwater', 'Highland', 'Maple Grove', 'Seaside', 'Westbrook', 'Eagle Rock', 'Copper Hill', 'Brightwater',
];
const EN_TRADES = [
  'Logistics', 'Dental Group', 'Manufacturing', 'Consulting', 'Health Partners', 'Engineering',
  'Legal Services', 'Realty', 'Foods', 'Analytics', 'Insurance Brokers', 'Construction', 'Veterinary Clinics',
  'Credit Union', 'Architects', 'Freight', 'Hospitality', 'Pharmacy', 'Accountants', 'Robotics',
];
const EN_FORMS = ['Ltd', 'Inc.', 'LLC', 'plc', 'Group', '& Co.'];

function englishName(random: NamePicker): string {
  const roll = random.index(10);
  if (roll < 4) return phrase(pick(random, EN_PLACES), pick(random, EN_TRADES), pick(random, EN_FORMS));
  if (roll < 7) {
    const surname = pick(random, EN_SURNAMES);
    return phrase(surname, '&', pickOther(random, EN_SURNAMES, surname), pick(random, EN_TRADES));
  }
  if (roll < 9) return phrase(pick(random, EN_SURNAMES), pick(random, EN_TRADES), pick(random, EN_FORMS));
  return phrase('The', pick(random, EN_PLACES), pick(random, EN_TRADES), 'Company');
}

function longEnglishName(random: NamePicker): string {
  return phrase(
    pick(random, EN_SURNAMES),
    'International Holdings and Professional Services Group for Healthcare, Education and Public Sector Organisations',
    pick(random, EN_FORMS),
  );
}

// ---------------------------------------------------------------------------------------------
// Name styles

export type NameStyleId = 'en' | 'de' | 'fr' | 'sv' | 'ja' | 'sr-Latn' | 'sr-Cyrl';

export interface NameStyle {
  id: NameStyleId;
  /** Share of customers named in this style. */
  weight: number;
  /** Invoice currencies a customer of this style is billed in (ISO 4217). */
  currencies: readonly string[];
  name(random: NamePicker): string;
  /** A name of 80–150 characters (Japanese: far fewer characters, as wide on screen). */
  longName(random: NamePicker): string;
}

export const NAME_STYLES: readonly NameStyle[] = [
  {id: 'en', weight: 0.3, currencies: ['USD', 'GBP'], name: englishName, longName: longEnglishName},
  {id: 'de', weight: 0.18, currencies: ['EUR'], name: germanName, longName: longGermanName},
  {id: 'fr', weight: 0.14, currencies: ['EUR'], name: frenchName, longName: longFrenchName},
  {id: 'sv', weight: 0.1, currencies: ['SEK'], name: swedishName, longName: longSwedishName},
  {id: 'ja', weight: 0.12, currencies: ['JPY'], name: japaneseName, longName: longJapaneseName},
  {
    id: 'sr-Latn',
    weight: 0.08,
    currencies: ['RSD'],
    name: (random) => serbianName(random, SR_LATIN),
    longName: (random) => longSerbianName(random, SR_LATIN),
  },
  {
    id: 'sr-Cyrl',
    weight: 0.08,
    currencies: ['RSD'],
    name: (random) => serbianName(random, SR_CYRILLIC),
    longName: (random) => longSerbianName(random, SR_CYRILLIC),
  },
];

// ---------------------------------------------------------------------------------------------
// Partners, administrators, tags

export const PARTNERS: readonly {name: string; domain: string}[] = [
  {name: 'Nordlicht Kommunikation GmbH', domain: 'nordlicht-kommunikation.example'},
  {name: 'Harbor Point Unified Communications', domain: 'harborpoint-uc.example'},
  {name: 'Télécoms Lumière SAS', domain: 'telecoms-lumiere.example'},
  {name: 'Skärgården IT-partner AB', domain: 'skargarden-it.example'},
  {name: 'さくらクラウドソリューションズ株式会社', domain: 'sakura-cloud.example'},
  {name: 'Dunav Komunikacije d.o.o.', domain: 'dunav-komunikacije.example'},
];

/** Partner administrators: display name and the ASCII part of their e-mail address before the @. */
export const ADMIN_PEOPLE: readonly {name: string; mailbox: string}[] = [
  {name: 'Anna Müller', mailbox: 'anna.mueller'},
  {name: 'Jean-Luc Lefèvre', mailbox: 'jean-luc.lefevre'},
  {name: 'Åsa Lindqvist', mailbox: 'asa.lindqvist'},
  {name: '山田 花子', mailbox: 'hanako.yamada'},
  {name: 'Đorđe Petrović', mailbox: 'djordje.petrovic'},
  {name: 'Милица Јовановић', mailbox: 'milica.jovanovic'},
  {name: "Sarah O'Connor", mailbox: 'sarah.oconnor'},
  {name: 'Lukas Schröder', mailbox: 'lukas.schroeder'},
  {name: 'Camille Bérard', mailbox: 'camille.berard'},
  {name: 'Björn Öberg', mailbox: 'bjorn.oberg'},
  {name: '佐藤 健', mailbox: 'ken.sato'},
  {name: 'Ana Živković', mailbox: 'ana.zivkovic'},
  {name: 'Никола Илић', mailbox: 'nikola.ilic'},
  {name: 'James Whitfield', mailbox: 'james.whitfield'},
  {name: 'Priya Patel', mailbox: 'priya.patel'},
  {name: 'Hélène Dupré', mailbox: 'helene.dupre'},
  {name: 'Jörg Weiß', mailbox: 'joerg.weiss'},
  {name: 'Maja Söderberg', mailbox: 'maja.soderberg'},
  {name: '鈴木 一郎', mailbox: 'ichiro.suzuki'},
  {name: 'Tom Fletcher', mailbox: 'tom.fletcher'},
];

/** The partner's tag list: labels in every UI language, at most 25 characters, some coloured. */
export const TAG_MATERIAL: readonly {id: string; label: string; color?: string}[] = [
  {id: 'tag-vip', label: 'VIP', color: '#b3261e'},
  {id: 'tag-key-account', label: 'Key account', color: '#1f6feb'},
  {id: 'tag-renewal-q1', label: 'Renewal Q1'},
  {id: 'tag-migration', label: 'Migration 2027', color: '#8250df'},
  {id: 'tag-escalation', label: 'Escalation: billing issue', color: '#d4a72c'},
  {id: 'tag-wichtig', label: 'Vertragsverlängerung'},
  {id: 'tag-prioritaire', label: 'Client prioritaire', color: '#2da44e'},
  {id: 'tag-fornyelse', label: 'Förnyelse pågår'},
  {id: 'tag-juyo', label: '重要顧客', color: '#bf3989'},
  {id: 'tag-follow-up', label: '要フォローアップ'},
  {id: 'tag-kljucni', label: 'Ključni kupac'},
  {id: 'tag-probna', label: 'Пробна верзија', color: '#0a7ea4'},
];
