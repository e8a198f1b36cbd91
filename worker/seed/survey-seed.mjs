/**
 * Survey part of the demo seed (called by scripts/seed.mjs): an open three-page neighbourhood
 * survey `lahiokysely-2026` of the neighbourhood programme `lahiot-2026`, with an area (map)
 * question and a budget allocation question, and a few invented responses so the results show;
 * and a short strict survey `asukasraati-2026` (`respondents: "verified"`, once per email address
 * proven with a code) so a demo visitor can try the email-code flow with the dev outbox.
 * The questions and answers are invented for the demo.
 */

const day = 24 * 60 * 60 * 1000;

const t = (fi, sv, en) => ({ fi, sv, en });

export const surveySeedDefinition = {
  title: t('Lähiökysely 2026', 'Förortsenkät 2026', 'Neighbourhood survey 2026'),
  intro: t(
    'Kerro, mitä asuinalueesi tarvitsee. Vastaaminen vie noin viisi minuuttia.',
    'Berätta vad ditt bostadsområde behöver. Det tar ungefär fem minuter att svara.',
    'Tell us what your neighbourhood needs. Answering takes about five minutes.',
  ),
  thanks: t(
    'Kiitos vastauksestasi! Tulokset esitellään asukasillassa keväällä, ja ne ohjaavat lähiöohjelman toimenpiteitä.',
    'Tack för ditt svar! Resultaten presenteras på en invånarkväll på våren och styr förortsprogrammets åtgärder.',
    'Thank you for answering! The results are presented at a residents’ evening in the spring and guide the neighbourhood programme.',
  ),
  pages: [
    {
      id: 'alue',
      title: t('Asuinalueesi', 'Ditt bostadsområde', 'Your neighbourhood'),
      questions: [
        { id: 'alue', type: 'map', mode: 'area', required: true, text: t('Millä alueella asut?', 'I vilket område bor du?', 'Which area do you live in?') },
        {
          id: 'viihtyvyys',
          type: 'scale',
          scale: '1-5',
          required: true,
          text: t('Kuinka viihtyisä alueesi on?', 'Hur trivsamt är ditt område?', 'How pleasant is your neighbourhood?'),
          minLabel: t('Ei lainkaan', 'Inte alls', 'Not at all'),
          maxLabel: t('Erittäin', 'Mycket', 'Very'),
        },
        {
          id: 'liikkuminen',
          type: 'single-choice',
          allowOther: true,
          text: t('Miten liikut yleensä?', 'Hur tar du dig oftast fram?', 'How do you usually get around?'),
          options: [
            { id: 'kavellen', label: t('Kävellen', 'Till fots', 'On foot') },
            { id: 'pyoralla', label: t('Pyörällä', 'Med cykel', 'By bike') },
            { id: 'bussilla', label: t('Bussilla', 'Med buss', 'By bus') },
            { id: 'autolla', label: t('Autolla', 'Med bil', 'By car') },
          ],
        },
      ],
    },
    {
      id: 'tarpeet',
      title: t('Mitä alueella tarvitaan?', 'Vad behövs i området?', 'What does the area need?'),
      questions: [
        {
          id: 'puutteet',
          type: 'multiple-choice',
          min: 1,
          max: 3,
          required: true,
          text: t('Valitse enintään kolme tärkeintä', 'Välj högst tre viktigaste', 'Choose up to three'),
          options: [
            { id: 'leikkipaikat', label: t('Leikkipaikat', 'Lekplatser', 'Playgrounds') },
            { id: 'valaistus', label: t('Valaistus', 'Belysning', 'Lighting') },
            { id: 'penkit', label: t('Penkit ja levähdyspaikat', 'Bänkar och viloplatser', 'Benches and resting places') },
            { id: 'liikunta', label: t('Liikuntapaikat', 'Idrottsplatser', 'Sports places') },
            { id: 'kohtaamiset', label: t('Kohtaamispaikat', 'Mötesplatser', 'Meeting places') },
          ],
        },
        {
          id: 'kunto',
          type: 'scale',
          scale: '1-5',
          showIf: { question: 'puutteet', anyOf: ['liikunta'] },
          text: t('Missä kunnossa nykyiset liikuntapaikat ovat?', 'I vilket skick är de nuvarande idrottsplatserna?', 'What condition are the current sports places in?'),
          minLabel: t('Huono', 'Dåligt', 'Poor'),
          maxLabel: t('Hyvä', 'Bra', 'Good'),
        },
        { id: 'paikka', type: 'map', mode: 'point', text: t('Merkitse paikka, joka kaipaa korjausta', 'Markera en plats som behöver åtgärdas', 'Mark a place that needs fixing') },
      ],
    },
    {
      id: 'rahat',
      title: t('Rahanjako', 'Fördelning av pengar', 'Sharing the money'),
      questions: [
        {
          id: 'budjetti',
          type: 'budget',
          total: 100000,
          unit: 'eur',
          spendAll: true,
          required: true,
          text: t('Jaa 100 000 euroa alueesi kohteille', 'Fördela 100 000 euro mellan objekten i ditt område', 'Share 100 000 euros among your area’s targets'),
          items: [
            { id: 'leikkipaikat', label: t('Leikkipaikat', 'Lekplatser', 'Playgrounds') },
            { id: 'valaistus', label: t('Valaistus', 'Belysning', 'Lighting') },
            { id: 'liikunta', label: t('Liikuntapaikat', 'Idrottsplatser', 'Sports places') },
          ],
        },
        { id: 'terveiset', type: 'long-text', maxLength: 2000, text: t('Muita terveisiä kaupungille?', 'Andra hälsningar till staden?', 'Anything else for the city?') },
      ],
    },
  ],
};

/**
 * The strict demo survey: a one-page evaluation of an (invented) residents' panel, answered once
 * per verified email address. Says in its intro that it is a demo.
 */
export const strictSurveySeedDefinition = {
  title: t('Asukasraadin arviointi 2026 (demo)', 'Utvärdering av invånarpanelen 2026 (demo)', 'Residents’ panel evaluation 2026 (demo)'),
  intro: t(
    'Tämä on esittelykysely. Arvioi syksyn asukasraatia. Kyselyyn vastataan kerran sähköpostiosoitetta kohden.',
    'Det här är en demoenkät. Utvärdera höstens invånarpanel. Enkäten besvaras en gång per e-postadress.',
    'This is a demo survey. Evaluate the autumn residents’ panel. The survey is answered once per email address.',
  ),
  thanks: t(
    'Kiitos arviostasi! Koonti julkaistaan lähiöohjelman sivuilla, ja sitä käytetään seuraavan raadin suunnittelussa.',
    'Tack för din utvärdering! Sammanställningen publiceras på förortsprogrammets sidor och används när nästa panel planeras.',
    'Thank you for your evaluation! A summary is published on the neighbourhood programme’s pages and used to plan the next panel.',
  ),
  pages: [
    {
      id: 'arvio',
      title: t('Asukasraati', 'Invånarpanelen', 'The residents’ panel'),
      questions: [
        {
          id: 'osallistuminen',
          type: 'single-choice',
          required: true,
          text: t('Miten osallistuit asukasraatiin?', 'Hur deltog du i invånarpanelen?', 'How did you take part in the residents’ panel?'),
          options: [
            { id: 'raatilainen', label: t('Olin raadin jäsen', 'Jag var medlem i panelen', 'I was a panel member') },
            { id: 'kuulija', label: t('Seurasin tilaisuuksia', 'Jag följde mötena', 'I followed the meetings') },
            { id: 'en', label: t('En osallistunut', 'Jag deltog inte', 'I did not take part') },
          ],
        },
        {
          id: 'onnistuminen',
          type: 'scale',
          scale: '1-5',
          required: true,
          text: t('Kuinka hyvin raati onnistui mielestäsi?', 'Hur väl lyckades panelen enligt dig?', 'How well did the panel succeed, in your view?'),
          minLabel: t('Huonosti', 'Dåligt', 'Poorly'),
          maxLabel: t('Erinomaisesti', 'Utmärkt', 'Excellently'),
        },
        {
          id: 'suosittelu',
          type: 'scale',
          scale: '0-10',
          text: t('Kuinka todennäköisesti suosittelisit raatiin osallistumista naapurillesi?', 'Hur sannolikt skulle du rekommendera din granne att delta i panelen?', 'How likely would you recommend taking part in the panel to a neighbour?'),
          minLabel: t('Ei lainkaan todennäköisesti', 'Inte alls sannolikt', 'Not at all likely'),
          maxLabel: t('Erittäin todennäköisesti', 'Mycket sannolikt', 'Very likely'),
        },
        { id: 'kehitys', type: 'long-text', maxLength: 2000, text: t('Mitä tekisit toisin ensi kerralla?', 'Vad skulle du göra annorlunda nästa gång?', 'What would you do differently next time?') },
      ],
    },
  ],
};

/** Invented responses so the public results have something to show (two mark a place on the map, at an area's label point). */
const responses = [
  {
    alue: '70800',
    viihtyvyys: 4,
    liikkuminen: 'kavellen',
    puutteet: ['valaistus', 'penkit'],
    paikka: { type: 'Point', coordinates: [27.46387, 62.86745] },
    budjetti: { leikkipaikat: 30000, valaistus: 50000, liikunta: 20000 },
  },
  { alue: '70800', viihtyvyys: 3, liikkuminen: 'bussilla', puutteet: ['liikunta'], kunto: 2, budjetti: { leikkipaikat: 20000, valaistus: 20000, liikunta: 60000 } },
  {
    alue: '70100',
    viihtyvyys: 5,
    liikkuminen: 'pyoralla',
    puutteet: ['leikkipaikat', 'kohtaamiset'],
    paikka: { type: 'Point', coordinates: [27.78636, 62.84244] },
    budjetti: { leikkipaikat: 70000, valaistus: 10000, liikunta: 20000 },
  },
];

/** The seeded surveys, all of the neighbourhood programme and open. */
const surveys = [
  { id: 'lahiokysely-2026', respondents: 'browser', created: -10, definition: surveySeedDefinition, responses },
  // Strict: no seeded answers, so any visitor's verified address can answer once.
  { id: 'asukasraati-2026', respondents: 'verified', created: -3, definition: strictSurveySeedDefinition, responses: [] },
];

export function surveySeedSql({ tenantId, insert, now }) {
  const at = (d) => new Date(now + d * day).toISOString();
  return surveys.flatMap((survey) => [
    insert('surveys', {
      tenant_id: tenantId,
      id: survey.id,
      process_id: 'lahiot-2026',
      area_id: null,
      status: 'open',
      respondents: survey.respondents,
      current_version: 1,
      created_at: at(survey.created),
      updated_at: at(survey.created),
    }),
    insert('survey_versions', { tenant_id: tenantId, survey_id: survey.id, version: 1, definition: JSON.stringify(survey.definition), created_at: at(survey.created) }),
    ...survey.responses.map((answers, i) =>
      insert('survey_responses', {
        tenant_id: tenantId,
        survey_id: survey.id,
        version: 1,
        respondent_hash: `seed-respondent-${i + 1}`,
        answers: JSON.stringify(answers),
        created_at: at(survey.created + 1 + i),
      }),
    ),
  ]);
}
