// Word lists the source resolver reads names by: titles, organisation and media heads, descriptions, places, given names.

/** What kind of thing a name or description stands for. */
export type EntityClass = 'person' | 'media' | 'company' | 'government' | 'organisation' | 'place' | 'unknown';

export type Gender = 'male' | 'female';

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/**
 * Titles and roles written before a person's name ("Prime Minister John Key", "spokeswoman Sujata Raisinghani",
 * "Mr. Tedeschi"), lower case, without a final period. They are part of the fullest mention, not of the name.
 */
export const PERSON_TITLES = set(`
  mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister brother imam rabbi
  president minister secretary ambassador envoy consul general major colonel col lieutenant lt captain capt
  sergeant sgt admiral commander cmdr corporal private marshal brigadier brig commissioner superintendent supt
  inspector detective det officer constable governor gov senator sen representative rep congressman
  congresswoman mp mep mayor councillor councilor alderman judge justice magistrate chancellor premier president-elect
  king queen prince princess emperor sheikh chairman chairwoman chairperson chair ceo cfo coo cto founder
  co-founder director administrator manager editor editor-in-chief publisher correspondent reporter
  spokesman spokeswoman spokesperson adviser advisor aide analyst economist strategist researcher scientist
  curator coach player striker goalkeeper owner attorney lawyer prosecutor barrister solicitor
  counsel advocate doctor nurse surgeon physician dean provost principal teacher student member leader
  actor actress singer author writer artist photographer musician producer businessman businesswoman entrepreneur
  activist campaigner candidate nominee challenger incumbent pope cardinal bishop archbishop pastor priest
`);

/** Words that qualify a title without being one: "Foreign Minister", "Shadow Home Secretary", "Chief Executive". */
export const TITLE_MODIFIERS = set(`
  vice deputy chief prime acting interim former senior junior assistant associate executive general foreign defence
  defense home shadow finance health interior justice environment education trade treasury labour labor energy
  culture transport agriculture state national crown head team
`);

/** Titles that say the person is a man or a woman. */
export const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map([
  ...[...set('mr sir lord king prince father brother spokesman chairman businessman congressman actor sheikh emperor')].map((w) => [w, 'male'] as const),
  ...[...set('mrs ms miss dame lady queen princess sister spokeswoman chairwoman businesswoman congresswoman actress')].map((w) => [w, 'female'] as const),
]);

/**
 * Common given names and their usual gender, so that "she said" does not go to a Thomas nor "he said" to a Gloria.
 * A name missing here only makes the resolver less sure, never wrong.
 */
export const GIVEN_NAMES: ReadonlyMap<string, Gender> = new Map([
  ...[
    ...set(`
      aaron abdul abdullah adam adrian ahmed ahmad alan albert alex alexander alexei alfred ali alireza amir andrew andy
      angus anthony antonio arthur ashraf barack ben benjamin bernard bill billy bob boris brad brandon brian bruce
      carl carlos charles charlie chris christopher colin craig dan daniel darren dave david dean dennis derek diego
      dmitry donald doug douglas duncan ed eddie edward emmanuel eric ernest evan fernando francis frank fred frederick
      gary gavin geoff geoffrey george gerald gordon graham greg gregory hamdullah hamid hans harold harry hassan henry
      howard hugh hugo ian ivan jack jacob jaime james jamie jason javier jeff jeffrey jeremy jerry jim jimmy joe joel
      john johnny jon jonathan jorge jose joseph juan julian justin karl keith ken kenneth kevin khaled kyle larry
      lee leo leon liam louis luis luke malcolm marco mario mark martin matt matthew max michael miguel mike mohamed
      mohammed mohammad muhammad nathan neil nicholas nick nigel noah oliver omar oscar owen pablo patrick paul pedro
      peter phil philip pierre rafael ralph ray raymond richard rick robert roberto rodrigo roger ron ronald ross roy
      russell ryan sam samuel scott sean sergei sergey shimon simon stanley stephen steve steven stuart ted terry
      thomas tim timothy tom tony travis trevor victor vincent vladimir walter warren wayne william xavier yusuf
      zach zachary
    `),
  ].map((w) => [w, 'male'] as const),
  ...[
    ...set(`
      abigail ada alice alicia alison amanda amy ana andrea angela angelina ann anna anne annie barbara beatrice
      betty beverly brenda carla carmen carol caroline catherine cathy charlotte cheryl christina christine claire
      cynthia daisy dana daniela deborah debbie denise diana diane donna dorothy elaine eleanor elena elizabeth ellen
      emily emma eva evelyn fatima fiona frances gabriela gail gillian gina gloria grace hannah heather helen hilary
      hillary holly ingrid irene isabel jacqueline jane janet janice jennifer jessica jill joan joanna josephine joy
      joyce judith judy julia julie justine karen kate katherine kathleen kathryn kathy katie kelly kiara kristen
      kristin laura lauren linda lisa liz lois lori louise lucy lydia lynn margaret maria marie marilyn martha mary
      maureen megan melanie melissa michelle monica nancy natalie natasha nicola nicole nina olga olivia pamela
      patricia paula pauline penelope rachel rebecca rita rodaba rosa rose ruth sandra sara sarah sharon shirley
      sofia sophia sophie stephanie susan suella sujata suzanne tamara tanya teresa theresa tina tracy valerie vanessa
      victoria virginia wendy yulia yvette yvonne zoe
    `),
  ].map((w) => [w, 'female'] as const),
]);

/** Last words of organisation names, with the class they make: "Interior Ministry", "Washington Post", "Acme Corp". */
export const ORGANISATION_HEADS: ReadonlyMap<string, EntityClass> = new Map([
  ...[
    ...set(`
      post times herald gazette journal tribune chronicle telegraph guardian independent observer mail express mirror
      sun star globe news standard courier record examiner inquirer register bulletin dispatch monitor economist daily
      weekly magazine review press wire radio television tv broadcasting network channel newspaper newspapers reuters
      bloomberg politico axios wikinews yonhap kcna tass xinhua interfax kyodo
    `),
  ].map((w) => [w, 'media'] as const),
  ...[
    ...set(`
      inc inc. corp corp. corporation co co. company ltd ltd. llc plc ag sa gmbh group holdings technologies technology
      systems motors airlines airways bank pharmaceuticals pharma energy labs laboratories industries partners capital
      solutions communications networks media entertainment studios games software electronics foods brands
      manufacturing
    `),
  ].map((w) => [w, 'company'] as const),
  ...[
    ...set(`
      ministry department agency authority administration government cabinet office bureau commission council police
      army navy military force forces service services court parliament senate congress assembly embassy
    `),
  ].map((w) => [w, 'government'] as const),
  ...[
    ...set(`
      university college institute institution school academy hospital foundation trust fund association union
      party committee board federation league club team society organisation organization church charity centre center
      museum gallery library program programme alliance coalition movement front
    `),
  ].map((w) => [w, 'organisation'] as const),
]);

/** Media known by a short name that has no media word in it. */
export const MEDIA_NAMES = set(`
  ap afp bbc cnn nbc abc cbs fox npr pbs msnbc cnbc itv sky rt cbc sbs nhk kbs mbc yonhap kcna tass xinhua interfax
  kyodo reuters bloomberg politico axios ria wikinews haaretz aljazeera
`);

/** Government bodies known by their acronym. */
export const GOVERNMENT_ACRONYMS = set(`fbi cia nsa nasa epa fda cdc dhs doj dod mod fco nhs ecb imf un nato who eu`);

/**
 * Nouns that describe an entity instead of naming it ("the newspaper", "the ministry"), with the classes of name they
 * can stand for. An organisation head a description shares with a name ("the ministry" → "Interior Ministry") links
 * them even when the classes do not.
 */
export const DESCRIPTION_HEADS: ReadonlyMap<string, readonly EntityClass[]> = new Map<string, readonly EntityClass[]>([
  ...[...set('newspaper paper daily tabloid broadsheet weekly magazine publication outlet broadcaster network channel station')].map(
    (w) => [w, ['media']] as const,
  ),
  ['agency', ['media', 'government']],
  ...[
    ...set(`
      company firm carrier airline retailer manufacturer maker automaker carmaker chipmaker drugmaker insurer lender
      bank operator developer startup start-up giant conglomerate supplier utility group business corporation
      publisher
    `),
  ].map((w) => [w, ['company']] as const),
  // "the government" and "the administration" mostly mean a country's, which the text seldom names: left out.
  ...[...set('ministry department authority office bureau commission police military army embassy')].map(
    (w) => [w, ['government']] as const,
  ),
  ...[
    ...set(`
      university institute hospital foundation charity association union party committee board federation league
      club team organisation organization council court museum gallery school college alliance coalition
    `),
  ].map((w) => [w, ['organisation', 'government']] as const),
]);

/** Pronouns that can be a source, and what they can refer to. */
export const SOURCE_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'thing' | 'plural'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['it', 'thing'],
  ['they', 'plural'],
]);

/** Plural nouns that name groups of people who speak together ("officials", "the researchers"). */
export const GROUP_NOUNS = set(`
  officials researchers scientists experts analysts investigators police authorities doctors lawyers prosecutors
  residents witnesses protesters activists critics officers members leaders workers organizers organisers students
  teachers parents fans players voters lawmakers legislators senators diplomats sources rescuers firefighters soldiers
  troops militants rebels citizens people authors organisers spokespeople executives economists observers
  campaigners scholars engineers staff employees representatives ministers officers agencies
`);

/** Countries, regions and cities often written in news, so that "Hong Kong" or "New Zealand" is not taken for a person. */
export const PLACE_NAMES = set(`
  afghanistan africa albania algeria america americas antarctica arabia argentina armenia asia australia austria
  bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada chile china colombia
  congo croatia cuba cyprus czechia denmark ecuador egypt england estonia ethiopia europe finland france gabon georgia
  germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy japan
  jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania luxembourg
  macedonia madagascar malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal
  netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal
  qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden
  switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan
  venezuela vietnam wales yemen zambia zimbabwe zealand kong lanka rica salvador arabia emirates states kingdom
  washington london paris berlin moscow beijing tokyo seoul pyongyang kyiv kiev delhi mumbai sydney melbourne ottawa
  toronto vancouver brussels geneva vienna rome madrid lisbon athens ankara istanbul tehran baghdad kabul islamabad
  jerusalem cairo riyadh dubai doha nairobi lagos johannesburg canberra wellington auckland jakarta manila bangkok
  hanoi singapore taipei shanghai york angeles francisco chicago boston texas california florida virginia carolina
  dakota jersey mexico hampshire indiana ohio oregon alabama alaska arizona arkansas colorado connecticut delaware
  hawaii idaho illinois iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
  missouri montana nebraska nevada oklahoma pennsylvania tennessee utah vermont wisconsin wyoming quebec ontario
  alberta bavaria gaza crimea donbas kashmir tibet xinjiang herat kandahar mecca medina fayetteville greensboro
  evansville dc d.c u.s us uk u.k usa eu un united city county province republic island islands gulf sea bay
  river lake mount valley district region peninsula strait coast
`);

/** Adjectives of nationality or place that may qualify a description without naming anything ("the US daily"). */
export const NATIONALITY_WORDS = set(`
  us u.s. uk u.k. american british english scottish welsh irish french german italian spanish portuguese dutch belgian
  swiss austrian swedish norwegian danish finnish polish czech russian ukrainian belarusian chinese japanese korean
  south north east west indian pakistani afghan iranian iraqi syrian israeli palestinian egyptian saudi turkish greek
  canadian mexican brazilian argentine australian zealand new african nigerian kenyan indonesian malaysian thai
  vietnamese filipino european asian arab western eastern state-run state-owned state national local regional
  federal
`);

/**
 * Capitalised words that start sentences or name times rather than entities: they never begin a name
 * ("According to", "On Friday", "The" is kept apart as an article).
 */
export const NON_NAME_WORDS = set(`
  according after afterwards also although and another any as at because before both but by despite during each
  earlier even every for from furthermore he her here his however i if in instead it its last later many meanwhile
  moreover most my next no not now once only or other our over she since so some still such that the their then
  there these they this those though thus to today tomorrow under unlike until we what when where whether which
  while who why with without yesterday yet you your a an all more much several few one two three many image photo
  video audio via monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept
  oct nov dec q a let please thanks yes ok okay well oh
`);

/** Lower-case words that may sit inside a name between capitalised words ("Bank of England", "Ambassador to the United States"). */
export const NAME_CONNECTORS = set(`of for to the and de da del della di du des la le van von der den al el bin bint ibn y &`);

/** Words after a surname that belong to the name ("Mark Tedeschi, QC", "Martin Luther King Jr."). */
export const NAME_SUFFIXES = set(`jr jr. sr sr. ii iii iv qc kc sc phd ph.d. md`);
