import type { Prng } from './prng';

// Function words head the ranking, as in any English text: they are most of the tokens, and lunr drops most of them
// as stop words, so their share decides how much of the text actually reaches the index.
const FUNCTION_WORDS = `the of and to a in that is for it on was with he as at by this be from are have has said
not but an his they or which were their its had been will would who we more after also one about there all than
up when can new other out into over some could them what so two if only first no should last may our most those
before against while under during since because between three where then people these many even such any year both
each very through back down off around still just much against made another being how while said`.split(/\s+/);

// Common news vocabulary, so the head of the content distribution reads like news and common-term queries hit
// plausible words; the long tail is generated below.
const NEWS_WORDS = `government minister president officials country state police court law security report week
month percent million billion company market price prices energy oil gas war military forces troops border city region
capital election vote party parliament opposition policy economy economic growth inflation bank central interest rates
budget tax taxes public health hospital doctors patients vaccine data users internet service services network platform
technology app messaging media journalists news statement spokesman spokeswoman agency ministry foreign international
talks agreement deal sanctions trade exports imports investors shares stock prices fund funds workers jobs unemployment
strike protest protesters rally arrested charges trial judge prosecutors sentence prison investigation evidence
authorities regulator rules restrictions ban access content users account accounts privacy personal information
infrastructure attack attacks drone missile strikes defence army navy air ceasefire peace negotiations leaders summit
coalition campaign candidate voters polls result results support critics analysts experts researchers study survey
climate emissions carbon weather flood floods drought fire fires water food farmers wheat grain supply shortage crisis
schools students teachers university children families women men residents community village town district province
council mayor governor senator lawmakers bill committee commission union european national federal local regional
official announced announced claimed denied warned confirmed reported added told according noted called urged
demanded accused rejected approved signed launched opened closed raised cut increased fell rose dropped expected
plans plan project projects program programme system systems power electricity grid nuclear plant plants coal solar
wind renewable cars vehicles transport railway airport flights airline ships port shipping cargo fuel diesel
record records figures numbers total average annual quarter quarterly revenue profit losses debt loans credit
currency dollar euro rouble exchange reserves sector industry industrial manufacturing production output demand
`.split(/\s+/).filter(Boolean);

const ONSETS = ['b', 'br', 'c', 'ch', 'cr', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'kl', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sh', 'sk', 'sl', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io', 'ee'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 't', 'm', 'nd', 'st', 'rk', 'ng'];
const SUFFIXES = ['', '', '', '', '', '', '', '', 'ing', 'ed', 's', 'er', 'ly', 'al'];

/**
 * The ranked vocabulary: function words, then news words, then pronounceable made-up words. Made-up words keep the
 * vocabulary as large as real news corpora have (tens of thousands of distinct terms) without shipping a word list,
 * and they never collide with lunr's stop words, so every one of them is indexed.
 */
export function buildVocabulary(size: number, rng: Prng): { words: string[]; functionWords: number } {
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (w: string): void => {
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  };
  FUNCTION_WORDS.forEach(add);
  const functionWords = words.length;
  NEWS_WORDS.forEach(add);
  while (words.length < size) {
    // One to three syllables, mostly two: made-up words average about seven letters, near real news text.
    const syllables = rng.pick([1, 2, 2, 2, 3]);
    let w = '';
    for (let i = 0; i < syllables; i++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === syllables - 1 ? rng.pick(CODAS) : '');
    add(w + rng.pick(SUFFIXES));
  }
  return { words, functionWords };
}

export const FIRST_NAMES = `Anna Maria Elena Olga Sofia Irina Laura Nadia Clara Eva Marta Julia Alexander Dmitry Pavel Ivan Sergei Mikhail
Thomas David Peter Martin Jonas Lukas Omar Yusuf Ahmed Karim Daniel Samuel Felix Oskar Mateo Hugo Leila Amira Noor
Priya Ravi Arjun Mei Chen Hiro Kenji Yuki Ana Carlos Diego Lucia Ines`.split(/\s+/);

export const SURNAMES = `Petrova Ivanov Smirnov Kuznetsova Novak Horvat Kowalski Nowak Schmidt Weber Fischer Meyer Bauer Rossi Bianchi
Romano Garcia Martinez Lopez Silva Santos Costa Haddad Khalil Rahman Hussain Patel Sharma Singh Tanaka Sato Suzuki
Watanabe Kim Park Lee Nguyen Tran Okafor Mensah Boateng Adeyemi Larsen Hansen Nielsen Berg Lindqvist Virtanen
Korhonen Dubois Moreau Laurent Girard Bernard Murphy Kelly Walsh Byrne`.split(/\s+/);

export const ORGANISATIONS = `Roskanal Vestel Group|Northwind Energy|the Meridian Institute|Baltic Freight Union|the State Audit Office|
Helion Telecom|the Central Statistics Agency|Orbis Bank|Kestrel Airlines|the Federal Competition Service|Granite Mining|
the Harbour Authority|Lumen Health|Axis Media|the National Grid Operator|Corvid Security|the Ministry of Digital Affairs|
Tessaract Labs|Aurora Pharmaceuticals|the Eastern Rail Company|Polar Logistics|the Human Rights Centre|Vanta Motors|
the Open Data Foundation|Silverline Insurance|Cobalt Systems|the Press Freedom Council`.split('|').map((s) => s.trim());

export const PLACES = `Moscow Kyiv Warsaw Berlin Vienna Riga Tallinn Vilnius Helsinki Tbilisi Yerevan Baku Almaty Tashkent Istanbul
Ankara Athens Belgrade Sofia Bucharest Budapest Prague Bratislava Minsk Odesa Kharkiv Lviv Novosibirsk Kazan
Yekaterinburg Vladivostok Murmansk Kaliningrad Rostov Samara Omsk Irkutsk Sochi Krasnodar Perm`.split(/\s+/);

export const OUTLETS = ['The Northern Ledger', 'The Harbour Times', 'Meridian Daily', 'The Open Wire', 'The Eastern Courier', 'The Plain Dealer Review', 'Riverside Post', 'The Civic Observer'];
