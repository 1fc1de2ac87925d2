/** Short Latvian phrases the demo case files are written in. */
import { Rng } from './random';

export const REPORTERS_CHILD = [
  'Skola (klases audzinātāja)', 'Valsts policija', 'Pašvaldības policija', 'Ģimenes ārsts', 'Bērnu slimnīca',
  'Pirmsskolas izglītības iestāde', 'Kaimiņi', 'Radinieki', 'Bāriņtiesa', 'Bērnu un pusaudžu uzticības tālrunis',
];
export const REPORTERS_ADULT = [
  'Psihiatriskā slimnīca', 'Ģimenes ārsts', 'VSAC', 'Radinieki', 'Kaimiņi', 'Valsts policija', 'Pašvaldības policija',
  'Nevalstiskā organizācija',
];

export const NEEDS_CHILD = [
  'Bērnam nepieciešama stabila ģimeniska vide un regulāras tikšanās ar brāļiem un māsām.',
  'Bērns skolu apmeklē neregulāri; nepieciešams atbalsts mācībās.',
  'Vecāki nespēj nodrošināt bērna pamatvajadzības; mājoklis ir nepiemērots dzīvošanai.',
  'Bērnam ir emocionālas grūtības pēc šķiršanās no ģimenes; ieteicamas psihologa konsultācijas.',
  'Jāsaglabā saikne ar bioloģisko ģimeni, ciktāl tā atbilst bērna interesēm.',
  'Pusaudzim nepieciešams atbalsts patstāvīgas dzīves prasmju apguvē.',
  'Bērnam nepieciešams drošs pieaugušais, pie kura vērsties grūtībās.',
];
export const NEEDS_IMPAIRMENT = [
  'Bērnam ir funkcionāli traucējumi; nepieciešama fizioterapija un speciālā pedagoga atbalsts.',
  'Ģimenei nepieciešams atelpas brīža pakalpojums un asistents.',
  'Bērns apmeklē speciālo izglītības iestādi; nepieciešams transports.',
  'Nepieciešama ergoterapeita konsultācija un tehniskie palīglīdzekļi.',
  'Vecākiem nepieciešams atbalsts bērna aprūpē un informācija par pieejamajiem pakalpojumiem.',
];
export const NEEDS_ADULT = [
  'Klientam nepieciešams atbalsts ikdienas dzīves prasmēs un finanšu plānošanā.',
  'Klients vēlas dzīvot patstāvīgi; piemērots grupu dzīvokļa pakalpojums.',
  'Nepieciešama regulāra medikamentu lietošanas uzraudzība.',
  'Klients izrāda interesi par darbu; ieteicama atbalstītā nodarbinātība.',
  'Pārejas periodā pēc iznākšanas no VSAC nepieciešams sociālais mentors.',
  'Klientam ir maz sociālo kontaktu; ieteicams dienas aprūpes centrs.',
];

export const HEALTH = [
  'Noteikta invaliditāte; regulāri apmeklē ģimenes ārstu.',
  'Lieto medikamentus pēc psihiatra norādījuma; stāvoklis stabils.',
  'Nepieciešama neirologa konsultācija.',
  'Veselības stāvoklis apmierinošs; vakcinācija atbilstoši kalendāram.',
  'Runas attīstības traucējumi; nepieciešams logopēds.',
  'Hroniska slimība; nepieciešama diēta un regulāras pārbaudes.',
  'Pēc hospitalizācijas stāvoklis uzlabojies; turpina ambulatoro ārstēšanos.',
];
export const SAFETY = [
  'Ģimenē konstatēta vardarbība; bērna drošība bija apdraudēta.',
  'Vecāki lieto alkoholu; bērns bieži atstāts bez uzraudzības.',
  'Pašlaik tiešu draudu drošībai nav.',
  'Konstatētas pamešanas novārtā pazīmes.',
  'Krīzes situācijās iespējams kaitējums sev; izstrādāts drošības plāns.',
  'Dzīvesvietā nav apkures; ziemā pastāv risks veselībai.',
];
export const FAMILY = [
  'Bērnam ir divi brāļi citā audžuģimenē; saskarsme reizi mēnesī.',
  'Māte vēlas atjaunot saskarsmi; tikšanās notiek atbalsta centra telpās.',
  'Vecvecāki ir gatavi uzņemties aizbildnību.',
  'Tēvs dzīvo ārzemēs; saziņa tikai pa tālruni.',
  'Ģimenē ir trīs bērni; vecākajai māsai ir laba saikne ar klientu.',
  'Māsa regulāri apciemo klientu un palīdz sadzīves jautājumos.',
];
export const CHILD_OPINION = [
  'Vēlos palikt pie audžuģimenes un iet tajā pašā skolā.',
  'Gribu biežāk satikt savu brāli.',
  'Jaunajā mājā man patīk, bet pietrūkst draugu.',
  'Gribu atgriezties pie mammas, kad viņai būs labāk.',
  'Gribu iet uz futbola treniņiem.',
  'Negribu mainīt skolu.',
];

export const PROBLEM_CHILD = [
  'Bērns palicis bez vecāku gādības; jānodrošina ilgtermiņa ģimeniska aprūpe.',
  'Bērna aprūpe bioloģiskajā ģimenē nav droša; nepieciešama ārpusģimenes aprūpe un darbs ar ģimeni.',
  'Pusaudzim jāsagatavojas patstāvīgai dzīvei pēc pilngadības sasniegšanas.',
];
export const PROBLEM_IMPAIRMENT = [
  'Bērna funkcionālie traucējumi ierobežo līdzdalību izglītībā un sabiedrībā.',
  'Ģimene ir pārslogota ar bērna aprūpi; nepieciešami sabiedrībā balstīti pakalpojumi.',
];
export const PROBLEM_ADULT = [
  'Klients gatavojas pārejai no institūcijas uz dzīvi sabiedrībā.',
  'Klientam nepieciešams atbalsts, lai dzīvotu patstāvīgi savā dzīvesvietā.',
  'Klienta psihiskā veselība ierobežo ikdienas dzīves prasmes un nodarbinātību.',
];

export const GOALS = [
  'Nodrošināt drošu un stabilu dzīvesvietu ģimeniskā vidē.',
  'Uzlabot sekmes un regulāru skolas apmeklējumu.',
  'Saglabāt un stiprināt saikni ar brāļiem un māsām.',
  'Attīstīt patstāvīgas dzīves prasmes.',
  'Nodrošināt regulāru rehabilitāciju.',
  'Sagatavot pāreju uz dzīvi sabiedrībā.',
  'Stabilizēt veselības stāvokli.',
  'Atrast piemērotu nodarbinātību.',
  'Stiprināt ģimenes spēju rūpēties par klientu.',
];
export const TASKS = [
  'Organizēt tikšanos ar bāriņtiesu.',
  'Pieteikt psihologa konsultācijas.',
  'Vienoties ar skolu par individuālu mācību plānu.',
  'Organizēt saskarsmi ar bioloģisko ģimeni.',
  'Sagatavot dokumentus invaliditātes ekspertīzei.',
  'Apmeklēt klientu dzīvesvietā.',
  'Nodrošināt transportu uz dienas aprūpes centru.',
  'Apmācīt klientu budžeta plānošanā.',
  'Sagatavot pārejas plānu kopā ar VSAC.',
  'Nodrošināt sociālā mentora atbalstu.',
  'Pieteikt klientu atbalstītās nodarbinātības programmai.',
];
export const EXPECTED = [
  'Bērns regulāri apmeklē skolu.',
  'Notikušas vismaz divas tikšanās mēnesī.',
  'Klients patstāvīgi pārvalda savus ienākumus.',
  'Saņemts speciālista atzinums.',
  'Klients apmeklē pakalpojumu vismaz trīs reizes nedēļā.',
  'Pārcelšanās notikusi plānotajā termiņā.',
  'Ģimene zina, kur vērsties pēc palīdzības.',
];

/** The individual transition plan (004 J4): tasks of the move, the team's roles, the preparation visits. */
export const TRANSITION_TASKS = [
  'Sagatavot klientu pārcelšanās dienai kopā ar uzticības personu.',
  'Nodot jaunās dzīvesvietas personālam informāciju par klienta vajadzībām un interesēm.',
  'Iepazīstināt klientu ar jaunās dzīvesvietas apkārtni un sabiedrisko transportu.',
  'Sakārtot personas dokumentus un bankas kontu.',
  'Sniegt konsultācijas jaunajiem aprūpētājiem par saikni ar bērnu.',
];
export const TRANSITION_ROLES = {
  institution: 'Iepriekšējās iestādes sociālais darbinieks',
  caseManager: 'Gadījuma vadītājs',
  newProvider: 'Jaunā pakalpojuma vadītājs',
  mentor: 'Sociālais mentors',
};
export const VISIT_TEXT = {
  FAMILIAR_PLACE: 'Tikšanās pašreizējā dzīvesvietā uzticības personas klātbūtnē.',
  NEW_PLACE: 'Vizīte jaunajā dzīvesvietā (2–3 stundas) ar uzticības personu.',
  OVERNIGHT_STAY: 'Nakšņošana jaunajā dzīvesvietā.',
};

export const FOLLOW_UP_TEXT: Record<string, string[]> = {
  HOME_VISIT: [
    'Mājas vizīte: dzīves apstākļi sakārtoti, klients aprūpēts.',
    'Apmeklēta dzīvesvieta; mājoklī tīrs, pārtikas pietiek.',
    'Mājas vizītē pārrunāta atbalsta plāna izpilde.',
  ],
  MEETING: [
    'Tikšanās ar klientu un ģimeni; pārrunātas skolas gaitas.',
    'Starpinstitūciju sanāksme ar bāriņtiesu un skolu.',
    'Tikšanās ar klientu par pakalpojuma saņemšanu.',
  ],
  PHONE: [
    'Telefonsaruna ar klientu; situācija stabila.',
    'Sazinājās ar ģimenes ārstu par veselības stāvokli.',
    'Zvans aprūpētājam; klients labi pielāgojas.',
  ],
  SITUATION_REVIEW: [
    'Situācijas izvērtējums pēc pārcelšanās: klients pielāgojies jaunajai dzīvesvietai.',
    'Ceturkšņa izvērtējums: klients apmeklē dienas centru, uzvedība stabila.',
    'Situācijas izvērtējums: nepieciešams papildu atbalsts sadzīves prasmēs.',
  ],
  CRISIS: [
    'Krīzes situācija: klients aizbēdzis no dzīvesvietas; informēta policija.',
    'Akūts veselības stāvokļa pasliktinājums; klients hospitalizēts.',
    'Saņemta ziņa par iespējamu vardarbību; nekavējoties veikta pārbaude.',
  ],
  POST_CLOSURE_MONITORING: [
    'Uzraudzība pēc lietas slēgšanas: situācija stabila.',
    'Pēcuzraudzības zvans; klients tiek galā patstāvīgi.',
  ],
};
export const RECOMMENDATIONS = [
  'Turpināt psihologa konsultācijas.',
  'Ieteicams biežāk apmeklēt dienas centru.',
  'Pārskatīt atbalsta plānu nākamajā mēnesī.',
  'Informēt bāriņtiesu par izmaiņām.',
  'Nodrošināt sociālā mentora atbalstu vēl trīs mēnešus.',
  'Organizēt starpinstitūciju sanāksmi.',
];

export const END_REASONS = {
  closed: 'Lieta slēgta',
  assessed: 'Izvērtējums pabeigts',
  moved: 'Klients pārcēlies uz citu pakalpojumu',
  managerClosed: 'Lieta slēgta; gadījuma vadība beigusies',
};

export const LEGAL_BASIS = {
  CASE_MANAGER: 'Sociālo pakalpojumu un sociālās palīdzības likums, 9. pants',
  ORPHAN_COURT: 'Bāriņtiesu likums, 17. pants; Civillikums',
  SUPPORT_CENTRE: 'Audžuģimenes noteikumi; atbalsta centra līgums ar pašvaldību',
  CURRENT_PROVIDER: 'Sociālo pakalpojumu un sociālās palīdzības likums, 28. pants; pakalpojuma līgums',
  PREVIOUS_PROVIDER: 'DI plāns: iepriekšējā pakalpojuma sniedzēja situācijas izvērtējums 12 mēnešus pēc pārcelšanās',
  ASSESSMENT_TEAM: 'DI plāns: individuālo vajadzību un dzīves kvalitātes izvērtējums',
};

/** One or two sentences from a bank. */
export function sentences(rng: Rng, bank: readonly string[], max = 2): string {
  const count = rng.int(1, max);
  return count === 1 ? rng.pick(bank) : rng.sample(bank, count).join(' ');
}

/** The plan's sections (issue 19). */
export const TREATMENT = [
  'Fizioterapija divreiz nedēļā; logopēda nodarbības.',
  'Ambulatora psihiatra uzraudzība reizi mēnesī.',
  'Rehabilitācijas kurss rehabilitācijas centrā reizi gadā.',
  'Ergoterapeita nodarbības ikdienas prasmēm.',
];
export const MEDICINES = [['Risperidons', '1 mg vakarā'], ['Valproāts', '300 mg divreiz dienā'], ['Melatonīns', '3 mg pirms miega'],
  ['Sertralīns', '50 mg no rīta'], ['Levetiracetāms', '500 mg divreiz dienā']] as const;
export const CONTACT = [
  'Tikšanās ar māti reizi mēnesī atbalsta centrā.',
  'Brāļi un māsas tiekas brīvdienās.',
  'Zvans vecmāmiņai katru nedēļu.',
];
export const FAMILY_SUPPORT = [
  'Ģimenes asistenta atbalsts divreiz nedēļā.',
  'Vecāku prasmju nodarbības atbalsta centrā.',
  'Atelpas brīža pakalpojums ģimenei reizi mēnesī.',
];
export const CHILD_FAMILY_OPINION = [
  'Gribu dzīvot ģimenē kopā ar brāli.',
  'Gribu palikt pie vecmāmiņas.',
  'Man patīk audžuģimene, gribu tur palikt.',
];
export const PLACEMENT_CONDITIONS = [
  'Ģimeniska vide ar atsevišķu istabu; tuvu esošajai skolai.',
  'Grupu dzīvoklis ar atbalstu vakaros un brīvdienās.',
  'Dzīvo kopā ar brāļiem un māsām vienā audžuģimenē.',
];
export const WISHES = [
  'Futbols, zīmēšana, dzīvnieki.',
  'Mūzika un dziesmu ansamblis.',
  'Dārzkopība un pastaigas.',
  'Datorspēles, riteņbraukšana.',
];
export const SCHOOLS = ['pamatskola', 'speciālā pamatskola', 'vidusskola', 'arodvidusskola', 'pirmsskolas izglītības iestāde'];
export const SUPPORT_VOLUME = [
  'Ikdienas atbalsts medikamentu lietošanā un iepirkšanās.',
  'Atbalsts divas stundas dienā; sociālais mentors reizi nedēļā.',
  'Pastāvīga uzraudzība; aprūpe visu diennakti.',
];
export const PARTNERS = [['POLICE', 'Valsts policija', 'nepilngadīgo lietu inspektors'],
  ['SCHOOL', 'skola', 'klases audzinātājs'], ['FAMILY_DOCTOR', 'ģimenes ārsta prakse', 'ģimenes ārsts'],
  ['HOSPITAL', 'slimnīca', 'ārstējošais psihiatrs'], ['EMPLOYER', 'darba devējs', 'darba vadītājs']] as const;
export const EVALUATION = [
  'Klients iesaistās plāna izpildē; mērķi daļēji sasniegti.',
  'Plāns izpildīts; turpmāk atbalsts mazākā apjomā.',
  'Sadarbība bija nepastāvīga; mērķi jāpārskata.',
];
export const REFUSAL = ['Nepiekrīt dzīvesvietas maiņai.', 'Vēlas citu pakalpojumu sniedzēju.'];
