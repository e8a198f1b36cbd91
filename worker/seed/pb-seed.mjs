/**
 * Participatory-budgeting part of the demo seed (called by scripts/seed.mjs):
 * - `pb-2026`: voting open NOW (dates relative to seed time), a city-wide budget (knapsack,
 *   greedy) and four area budgets (one area of choice), 32 proposals, each grown from a feasible
 *   idea of the same process;
 * - `pb-2025`: an earlier round whose voting ended, with 180 anonymous ballots; its results are
 *   counted by the scheduled handler (or the first read after the end) and shown by
 *   `<osallistu-results process="pb-2025">`.
 * Titles, costs and ballots are invented for the demo; they are not the city's decisions.
 */
import { createHash } from 'node:crypto';
import { day, processRow, rng, themeInserts } from './sql.mjs';

const sha = (text) => createHash('sha256').update(text).digest('hex');

const rounds = {
  'pb-2026': {
    title: { fi: 'Osallistuva budjetointi 2026', sv: 'Deltagande budgetering 2026', en: 'Participatory budgeting 2026' },
    description: {
      fi: 'Kuopiolaiset äänestävät, mitkä asukkaiden ideoista kehitetyt ehdotukset toteutetaan. Äänestä koko kaupungin budjetissa ja yhden alueen budjetissa.',
      sv: 'Invånarna röstar om vilka förslag som utvecklats ur invånarnas idéer som genomförs. Rösta i hela stadens budget och i ett områdes budget.',
      en: "Residents vote on which proposals, developed from residents' ideas, are carried out. Vote in the city-wide budget and in one area's budget.",
    },
    phases: [
      ['ideation', -200, -120],
      ['co-creation', -120, -4],
      ['voting', -3, 14],
      ['implementation', 14, 400],
    ],
  },
  'pb-2025': {
    title: { fi: 'Osallistuva budjetointi 2025', sv: 'Deltagande budgetering 2025', en: 'Participatory budgeting 2025' },
    description: {
      fi: 'Edellinen kierros: äänestys on päättynyt ja tulokset on laskettu.',
      sv: 'Föregående omgång: omröstningen har avslutats och resultaten har räknats.',
      en: 'The previous round: voting has closed and the results are counted.',
    },
    phases: [
      ['ideation', -560, -480],
      ['co-creation', -480, -390],
      ['voting', -380, -366],
      ['implementation', -366, 0],
      ['evaluation', 0, 60],
    ],
  },
};

/** [area id, fi, sv, en] of the area budgets (postal-code areas of the demo). */
const areaBudgets = [
  ['70100', 'Keskusta', 'Centrum', 'City centre'],
  ['70820', 'Neulamäki', 'Neulamäki', 'Neulamäki'],
  ['70780', 'Levänen', 'Levänen', 'Levänen'],
  ['73300', 'Nilsiä', 'Nilsiä', 'Nilsiä'],
];

/** [key, budget ('city' or an area id), theme, cost €, title, summary] */
const proposals2026 = [
  ['kuntoportaat', 'city', 'liikunta-ja-ulkoilu', 85000, 'Kuntoportaat Väinölänniemen rinteeseen', 'Puiset, valaistut kuntoportaat Väinölänniemen rinteeseen ja levähdyspaikka puolivälin tasanteelle.'],
  ['katutaide', 'city', 'kulttuuri', 40000, 'Katutaideseinä Kauppatorin laidalle', 'Paikalliset taiteilijat maalaavat yhdessä nuorten kanssa suuren seinämaalauksen torin laidan palomuuriin.'],
  ['skeittiparkki', 'city', 'lapset-ja-nuoret', 120000, 'Skeittiparkin laajennus ja katos', 'Nykyistä skeittiparkkia laajennetaan uusilla rampeilla, ja alueelle rakennetaan sadekatos ja valaistus.'],
  ['penkit', 'city', 'ikaihmiset', 25000, 'Penkkejä Väinölänniemen rantaraitille', 'Rantaraitille lisätään käsinojallisia penkkejä noin 200 metrin välein, jotta ikäihmiset jaksavat kävellä pidemmälle.'],
  ['suojatie', 'city', 'liikenne-ja-turvallisuus', 30000, 'Valaistut suojatiet koulureiteille', 'Viiden koulureitin vilkkaimmat suojatiet varustetaan huomiovalaistuksella ja keskisaarekkeilla.'],
  ['kirjastoauto', 'city', 'kulttuuri', 60000, 'Kirjastoauton iltareitti kyliin', 'Kirjastoauto ajaa kerran viikossa iltareitin kyliin, joissa ei ole omaa kirjastoa.'],
  ['uimaranta', 'city', 'liikunta-ja-ulkoilu', 55000, 'Esteetön laituri Jynkän uimarannalle', 'Uimarannalle rakennetaan esteetön laituri ja luiska, jota pitkin pyörätuolilla pääsee veteen.'],
  ['pyorakorjaamo', 'city', 'liikenne-ja-turvallisuus', 18000, 'Pyöräkorjauspisteet asemille', 'Matkakeskukselle ja Savilahteen pyöräkorjauspisteet pumppuineen ja työkaluineen.'],
  ['ulkoilureitti', 'city', 'luonto-ja-ymparisto', 70000, 'Puijon ulkoilureittien opasteet ja pitkospuut', 'Puijon reiteille uudet opasteet kolmella kielellä ja kosteimpiin kohtiin pitkospuut.'],
  ['nuorisokahvila', 'city', 'lapset-ja-nuoret', 45000, 'Nuorten kesäkahvila torille', 'Nuoret pyörittävät ohjaajan tuella kesäkahvilaa torilla ja saavat kesätyökokemusta.'],
  ['polyttajat', 'city', 'luonto-ja-ymparisto', 15000, 'Niittykaistoja pölyttäjille puistoihin', 'Viiteen puistoon perustetaan niittykaistoja ja hyönteishotelleja nurmikon sijaan.'],
  ['kylatalo', 'city', 'yhteisollisyys', 35000, 'Kylätalojen avoimet illat', 'Kylätaloille rahoitetaan avoimia iltoja, joissa on ohjattua toimintaa kaikenikäisille.'],
  ['talviuinti', 'city', 'liikunta-ja-ulkoilu', 48000, 'Lämmitetty pukukoppi avantouimareille', 'Valkeisenlammen avantouintipaikalle lämmitetty pukukoppi ja turvakaiteet.'],
  ['senioritanssi', 'city', 'ikaihmiset', 12000, 'Senioritanssit kirjastoihin', 'Kuukausittaiset tanssi-iltapäivät lähikirjastoihin yhdessä eläkeläisjärjestöjen kanssa.'],
  ['leikkipuisto-keskusta', '70100', 'lapset-ja-nuoret', 28000, 'Leikkipuiston uudet keinut ja varjostus', 'Keskustan leikkipuistoon uudet keinut, pienten lasten keinu ja aurinkopurje varjoksi.'],
  ['kukat-keskusta', '70100', 'luonto-ja-ymparisto', 9000, 'Kukkaistutuksia kävelykadulle', 'Kävelykadulle lisää kukkalaatikoita, joita lähikoulun oppilaat hoitavat kesällä.'],
  ['penkit-keskusta', '70100', 'ikaihmiset', 12000, 'Levähdyspenkit Kuninkaankadulle', 'Kuninkaankadulle kuusi uutta penkkiä, jotta matka kauppaan onnistuu levähtäen.'],
  ['pyoratelineet-keskusta', '70100', 'liikenne-ja-turvallisuus', 14000, 'Katettuja pyörätelineitä torin laitaan', 'Torin laitaan katettuja runkolukittavia pyörätelineitä sadan pyörän verran.'],
  ['ulkokuntosali-neulamaki', '70820', 'liikunta-ja-ulkoilu', 32000, 'Ulkokuntosali Neulamäen puistoon', 'Neulamäen lähipuistoon kuntoilulaitteet kaikenikäisille ja valaistus iltaharjoittelua varten.'],
  ['grillikatos-neulamaki', '70820', 'yhteisollisyys', 18000, 'Grillikatos Neulamäen kentän laidalle', 'Kentän laitaan grillikatos, jota asukkaat voivat käyttää yhteisiin tapahtumiin.'],
  ['polku-neulamaki', '70820', 'luonto-ja-ymparisto', 11000, 'Luontopolku Neulamäen metsään', 'Lähimetsään merkitty luontopolku opastauluineen koululaisten ja perheiden käyttöön.'],
  ['valot-neulamaki', '70820', 'liikenne-ja-turvallisuus', 16000, 'Valaistus koulun oikopolulle', 'Koulun ja kauppakeskuksen välisen oikopolun valaistus pimeän ajan turvaksi.'],
  ['koirapuisto-levanen', '70780', 'yhteisollisyys', 22000, 'Koirapuisto Leväsen metsikköön', 'Aidattu koirapuisto, jossa on erilliset alueet pienille ja isoille koirille.'],
  ['yhteispuutarha-levanen', '70780', 'luonto-ja-ymparisto', 8000, 'Yhteispuutarha Leväsen puistoon', 'Kasvatuslaatikoita, kompostori ja vesipiste asukkaiden yhteispuutarhaan.'],
  ['pumptrack-levanen', '70780', 'lapset-ja-nuoret', 30000, 'Pumptrack-rata Leväsen kentälle', 'Asfaltoitu pumptrack-rata pyörille, potkulaudoille ja rullalaudoille.'],
  ['penkit-levanen', '70780', 'ikaihmiset', 7000, 'Penkkejä Leväsen kävelyreitille', 'Kävelyreitin varrelle penkkejä ja roska-astioita.'],
  ['nuorisotila-nilsia', '73300', 'lapset-ja-nuoret', 26000, 'Nuorisotilan remontti Nilsiässä', 'Nilsiän nuorisotilaan uudet kalusteet, pelitila ja bänditilan äänieristys.'],
  ['laavu-nilsia', '73300', 'luonto-ja-ymparisto', 14000, 'Laavu Pisan juurelle', 'Pisan reitin varrelle laavu, nuotiopaikka ja puuvaja.'],
  ['laituri-nilsia', '73300', 'liikunta-ja-ulkoilu', 19000, 'Uimalaituri Nilsiän rantaan', 'Nilsiän uimarannalle uusi uimalaituri ja pukukopit.'],
  ['kirppis-nilsia', '73300', 'yhteisollisyys', 6000, 'Kyläkirppis ja vaihtopiste', 'Kylätalolle kierrätyshylly ja kuukausittaiset kirpputoripäivät.'],
  ['kuntosalivuorot-nilsia', '73300', 'ikaihmiset', 9000, 'Ikäihmisten ohjatut kuntosalivuorot', 'Nilsiän kuntosalille ohjatut vuorot ikäihmisille kahdesti viikossa.'],
  ['kesateatteri', 'city', 'kulttuuri', 42000, 'Kesäteatteri Väinölänniemen lavalle', 'Harrastajateatterit esittävät kesällä ilmaisia näytöksiä Väinölänniemen lavalla.'],
];

/** The earlier round: [key, budget, theme, cost, title] */
const proposals2025 = [
  ['valaistus', 'city', 'liikenne-ja-turvallisuus', 40000, 'Kevyen liikenteen väylien valaistus'],
  ['frisbee', 'city', 'liikunta-ja-ulkoilu', 25000, 'Frisbeegolfrata Puijolle'],
  ['taide', 'city', 'kulttuuri', 30000, 'Ympäristötaideteos Satamaan'],
  ['puisto', 'city', 'luonto-ja-ymparisto', 35000, 'Perhospuisto Snellmanin puistoon'],
  ['nuoret', 'city', 'lapset-ja-nuoret', 20000, 'Nuorten kesätyöt puistoissa'],
  ['seniorit', 'city', 'ikaihmiset', 15000, 'Seniorien digituki kirjastoissa'],
  ['keinu-keskusta', '70100', 'lapset-ja-nuoret', 15000, 'Pesäkeinu keskustan leikkipuistoon'],
  ['kukat-keskusta', '70100', 'luonto-ja-ymparisto', 8000, 'Kesäkukat Maljalahden rantaan'],
  ['penkit-keskusta', '70100', 'ikaihmiset', 10000, 'Penkit Kuninkaankadulle'],
  ['kentta-neulamaki', '70820', 'liikunta-ja-ulkoilu', 20000, 'Neulamäen kentän kunnostus'],
  ['grilli-neulamaki', '70820', 'yhteisollisyys', 9000, 'Grillipaikka Neulamäkeen'],
  ['polku-neulamaki', '70820', 'luonto-ja-ymparisto', 7000, 'Metsäpolun pitkospuut'],
];

const rule = (min, max) => JSON.stringify({ kind: 'knapsack', minProposals: min, maxProposals: max, minSharePercent: 0 });

/**
 * @param {{ now: number, tenantId: string, insert: (table: string, row: object) => string, themes: {id: string, name: object}[] }} x
 * @returns {string[]} SQL statements
 */
export function pbSeedSql({ now, tenantId, insert, themes }) {
  const out = [];
  const iso = (d) => new Date(Math.floor((now + d * day) / 60000) * 60000).toISOString();
  for (const [id, round] of Object.entries(rounds)) {
    const createdAt = iso(round.phases[0][1]);
    const budgetEur = id === 'pb-2026' ? 240000 : 160000;
    out.push(insert('processes', processRow({ tenantId, id, kind: 'participatory-budgeting', ...round, budgetEur, phaseAt: iso, createdAt })));
    out.push(...themeInserts(tenantId, id, themes));
    out.push(insert('pb_settings', { tenant_id: tenantId, process_id: id, min_age: 13, municipality: 'Kuopio', email_codes: 1, printed_codes: 1 }));
    const areaCount = id === 'pb-2026' ? 4 : 2;
    out.push(
      insert('budgets', {
        tenant_id: tenantId,
        process_id: id,
        id: 'koko-kaupunki',
        name: JSON.stringify({ fi: 'Koko kaupunki', sv: 'Hela staden', en: 'Whole city' }),
        area_id: null,
        amount_eur: id === 'pb-2026' ? 200000 : 100000,
        ballot_rule: rule(1, null),
        counting_rule: id === 'pb-2026' ? 'greedy' : 'mes-add1',
        eligibility: 'all',
        position: 0,
      }),
    );
    areaBudgets.slice(0, areaCount).forEach(([area, fi, sv, en], i) =>
      out.push(
        insert('budgets', {
          tenant_id: tenantId,
          process_id: id,
          id: `alue-${area}`,
          name: JSON.stringify({ fi, sv, en }),
          area_id: area,
          amount_eur: id === 'pb-2026' ? 50000 : 25000,
          ballot_rule: rule(1, null),
          counting_rule: 'greedy',
          eligibility: 'one-area',
          position: i + 1,
        }),
      ),
    );
  }

  // pb-2026: each proposal grew from one feasible idea of the round.
  const votingStart = iso(-3);
  proposals2026.forEach(([key, budget, theme, cost, title, summary], i) => {
    const ideaId = `k26-${String(i + 1).padStart(3, '0')}`;
    const created = iso(-190 + i);
    const reviewed = iso(-60 + i);
    out.push(
      insert('ideas', {
        id: ideaId,
        tenant_id: tenantId,
        process_id: 'pb-2026',
        title,
        description: `${summary} Idean jätti asukas ideointivaiheessa, ja sitä kehitettiin yhdessä kommenttien pohjalta.`,
        theme_id: theme,
        area_id: budget === 'city' ? null : budget,
        lang: 'fi',
        status: 'published',
        created_at: created,
        published_at: created,
        support_count: 0,
        comment_count: 0,
        feasibility: 'feasible',
        review_reason: 'Toteutettavissa kaupungin omana työnä tai hankintana.',
        cost_eur: cost,
        responsible_unit: 'Kaupunkiympäristön palvelut',
        reviewed_at: reviewed,
      }),
      insert('idea_events', { idea_id: ideaId, kind: 'submitted', at: created, data: '{}', actor: 'resident' }),
      insert('idea_events', { idea_id: ideaId, kind: 'published', at: created, data: '{}', actor: 'seed' }),
      insert('idea_events', {
        idea_id: ideaId,
        kind: 'reviewed',
        at: reviewed,
        data: JSON.stringify({ feasibility: 'feasible', reason: 'Toteutettavissa kaupungin omana työnä tai hankintana.', costEur: cost, responsibleUnit: 'Kaupunkiympäristön palvelut' }),
        actor: 'seed',
      }),
      insert('proposals', {
        id: `e26-${key}`,
        tenant_id: tenantId,
        process_id: 'pb-2026',
        budget_id: budget === 'city' ? 'koko-kaupunki' : `alue-${budget}`,
        title,
        summary,
        theme_id: theme,
        area_id: budget === 'city' ? null : budget,
        cost_eur: cost,
        origin_idea_ids: JSON.stringify([ideaId]),
        created_at: votingStart,
      }),
    );
  });

  // pb-2025: proposals and 180 anonymous ballots (city-wide + one of two areas), within budget.
  for (const [key, budget, theme, cost, title] of proposals2025) {
    out.push(
      insert('proposals', {
        id: `e25-${key}`,
        tenant_id: tenantId,
        process_id: 'pb-2025',
        budget_id: budget === 'city' ? 'koko-kaupunki' : `alue-${budget}`,
        title,
        summary: `${title}. Toteutetaan kaupungin ja asukkaiden yhteistyönä.`,
        theme_id: theme,
        area_id: budget === 'city' ? null : budget,
        cost_eur: cost,
        origin_idea_ids: '[]',
        created_at: iso(-385),
      }),
    );
  }
  const random = rng(2025);
  const pick = (items, amount, popularity) => {
    const chosen = [];
    let total = 0;
    for (const [key, , , cost] of items) {
      if (random() < popularity(key) && total + cost <= amount) {
        chosen.push(`e25-${key}`);
        total += cost;
      }
    }
    return chosen.length ? chosen : [`e25-${items[items.length - 1][0]}`];
  };
  const weight = { valaistus: 0.6, frisbee: 0.35, taide: 0.3, puisto: 0.45, nuoret: 0.4, seniorit: 0.25, 'keinu-keskusta': 0.7, 'kukat-keskusta': 0.5, 'penkit-keskusta': 0.4, 'kentta-neulamaki': 0.6, 'grilli-neulamaki': 0.5, 'polku-neulamaki': 0.3 };
  const castAt = iso(-370);
  for (let n = 0; n < 180; n++) {
    const voterKey = sha(`seed-voter:pb-2025:${n}`);
    out.push(insert('voters', { tenant_id: tenantId, process_id: 'pb-2025', voter_key: voterKey, method: n % 5 === 0 ? 'printed' : 'email', verified_at: castAt }));
    const city = pick(proposals2025.filter((p) => p[1] === 'city'), 100000, (k) => weight[k]);
    const area = n % 3 === 0 ? '70820' : '70100';
    const local = pick(proposals2025.filter((p) => p[1] === area), 25000, (k) => weight[k]);
    for (const [budgetId, ids] of [['koko-kaupunki', city], [`alue-${area}`, local]]) {
      if (budgetId !== 'koko-kaupunki' && n % 7 === 0) continue; // some vote city-wide only
      const receipt = sha(`seed-receipt:${n}:${budgetId}`).slice(0, 12).toUpperCase().replace(/(.{4})(?=.)/g, '$1-');
      out.push(
        insert('ballots', { tenant_id: tenantId, process_id: 'pb-2025', budget_id: budgetId, voter_key: voterKey, proposal_ids: JSON.stringify(ids.sort()), receipt_code: receipt, cast_at: castAt }),
        insert('ballot_receipts', { code: receipt, tenant_id: tenantId, process_id: 'pb-2025', budget_id: budgetId, proposal_ids: JSON.stringify(ids), cast_at: castAt, status: 'counted' }),
      );
    }
  }
  return out;
}
