/**
 * A contract-shaped survey for the component tests: three pages, every question type, a page
 * shown only for car drivers. Invented example.
 */
import type { Area, MapSettings, Survey, SurveyResults } from '@osallistu/contract';

export const areas: Area[] = [
  { id: '70800', name: { fi: 'Saaristokaupunki', sv: 'Skärgårdsstaden' }, population: 9000, labelPoint: null },
  { id: '70100', name: { fi: 'Keskusta', sv: 'Centrum' }, population: 12000, labelPoint: null },
];

export const survey: Survey = {
  id: 'lahiokysely',
  processId: 'lahiot-2026',
  areaId: null,
  status: 'open',
  respondents: 'browser',
  version: 2,
  definition: {
    title: { fi: 'Lähiökysely', sv: 'Förortsenkät', en: 'Neighbourhood survey' },
    thanks: { fi: 'Kiitos! Tulokset esitellään asukasillassa.' },
    pages: [
      {
        id: 'alue',
        title: { fi: 'Asuinalueesi', en: 'Your area' },
        questions: [
          { id: 'ohje', type: 'info', required: false, text: { fi: 'Vastaaminen vie viisi minuuttia.' } },
          { id: 'alue', type: 'map', mode: 'area', required: true, text: { fi: 'Millä alueella asut?' } },
          { id: 'viihtyvyys', type: 'scale', scale: '1-5', required: true, text: { fi: 'Kuinka viihtyisä alueesi on?' }, minLabel: { fi: 'Ei lainkaan' }, maxLabel: { fi: 'Erittäin' } },
          {
            id: 'liikkuminen',
            type: 'single-choice',
            allowOther: true,
            required: false,
            text: { fi: 'Miten liikut?' },
            options: [
              { id: 'auto', label: { fi: 'Autolla' } },
              { id: 'pyora', label: { fi: 'Pyörällä' } },
            ],
          },
        ],
      },
      {
        id: 'autoilu',
        title: { fi: 'Autoilijoille' },
        showIf: { question: 'liikkuminen', anyOf: ['auto'] },
        questions: [
          { id: 'pysakointi', type: 'short-text', maxLength: 200, required: true, text: { fi: 'Missä pysäköit?' } },
        ],
      },
      {
        id: 'rahat',
        title: { fi: 'Rahanjako' },
        questions: [
          {
            id: 'puutteet',
            type: 'multiple-choice',
            min: 1,
            max: 2,
            required: true,
            text: { fi: 'Mitä puuttuu?' },
            options: [
              { id: 'valot', label: { fi: 'Valaistus' } },
              { id: 'penkit', label: { fi: 'Penkit' } },
              { id: 'puistot', label: { fi: 'Puistot' } },
            ],
          },
          {
            id: 'jarjestys',
            type: 'ranking',
            required: false,
            text: { fi: 'Järjestä' },
            options: [
              { id: 'a', label: { fi: 'Viheralueet' } },
              { id: 'b', label: { fi: 'Turvallisuus' } },
            ],
          },
          { id: 'ika', type: 'number', integer: true, min: 0, max: 120, required: false, unit: { fi: 'vuotta' }, text: { fi: 'Ikäsi' } },
          { id: 'kaynti', type: 'date', required: false, text: { fi: 'Viimeisin käynti' } },
          { id: 'paikka', type: 'map', mode: 'point', required: false, text: { fi: 'Merkitse paikka' } },
          {
            id: 'budjetti',
            type: 'budget',
            total: 100,
            unit: 'points',
            spendAll: true,
            required: true,
            text: { fi: 'Jaa 100 pistettä' },
            items: [
              { id: 'valot', label: { fi: 'Valaistus' } },
              { id: 'puistot', label: { fi: 'Puistot' } },
            ],
          },
          { id: 'terveiset', type: 'long-text', maxLength: 2000, required: false, text: { fi: 'Terveiset' } },
        ],
      },
    ],
  },
};

const square = (x: number, y: number, w: number, h: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]] as [number, number][][],
});

/** The same two areas with geometry and label points, as `GET /areas?geometry=1` gives them to the map. */
export const mapAreas: Area[] = [
  { ...areas[0]!, labelPoint: { type: 'Point', coordinates: [27.65, 62.875] }, geometry: square(27.6, 62.85, 0.1, 0.05) },
  { ...areas[1]!, labelPoint: { type: 'Point', coordinates: [27.75, 62.875] }, geometry: square(27.7, 62.85, 0.1, 0.05) },
];

/** `GET /map`: no tiles (a plain background), a boundary around both areas. */
export const mapSettings: MapSettings = { tiles: null, boundary: square(27.58, 62.83, 0.24, 0.09), dataAttribution: '© Testidata' };

/** Two pages: an area and a place on the map, then a closing question. */
export const mapSurvey: Survey = {
  ...survey,
  id: 'karttakysely',
  version: 1,
  definition: {
    title: { fi: 'Karttakysely' },
    pages: [
      {
        id: 'kartta',
        title: { fi: 'Kartalla' },
        questions: [
          { id: 'alue', type: 'map', mode: 'area', required: true, text: { fi: 'Millä alueella asut?' } },
          { id: 'paikka', type: 'map', mode: 'point', required: true, text: { fi: 'Merkitse korjattava paikka' }, help: { fi: 'Paikka näkyy vain kaupungin työntekijöille.' } },
        ],
      },
      {
        id: 'loppu',
        title: { fi: 'Lopuksi' },
        questions: [{ id: 'terveiset', type: 'short-text', maxLength: 200, required: false, text: { fi: 'Terveiset' } }],
      },
    ],
  },
};

/** `GET /surveys/lahiokysely/results` for four invented responses (texts would be staff-only). */
export const results: SurveyResults = {
  surveyId: 'lahiokysely',
  version: 2,
  responses: 4,
  questions: [
    { id: 'alue', type: 'map', answered: 4, counts: [{ id: '70800', count: 1, percent: 25 }, { id: '70100', count: 3, percent: 75 }, { id: '70900', count: 0, percent: 0 }] },
    { id: 'viihtyvyys', type: 'scale', answered: 4, mean: 3.5, median: 3.5, counts: ['1', '2', '3', '4', '5'].map((id) => ({ id, count: id === '3' || id === '4' ? 2 : 0, percent: id === '3' || id === '4' ? 50 : 0 })) },
    { id: 'liikkuminen', type: 'single-choice', answered: 3, counts: [{ id: 'auto', count: 1, percent: 33.3 }, { id: 'pyora', count: 1, percent: 33.3 }, { id: 'other', count: 1, percent: 33.3 }] },
    { id: 'pysakointi', type: 'short-text', answered: 1 },
    { id: 'puutteet', type: 'multiple-choice', answered: 4, counts: [{ id: 'valot', count: 3, percent: 75 }, { id: 'penkit', count: 1, percent: 25 }, { id: 'puistot', count: 2, percent: 50 }] },
    { id: 'jarjestys', type: 'ranking', answered: 2, scores: [{ id: 'b', score: 3, meanPosition: 1.5 }, { id: 'a', score: 3, meanPosition: 1.5 }] },
    { id: 'ika', type: 'number', answered: 3, mean: 40.33, median: 41 },
    { id: 'kaynti', type: 'date', answered: 0 },
    {
      id: 'paikka',
      type: 'map',
      answered: 3,
      geojson: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: [27.75, 62.87] }, properties: { responseId: 1 } },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [27.76, 62.88] }, properties: { responseId: 2 } },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [27.1, 62.1] }, properties: { responseId: 3 } },
        ],
      },
    },
    { id: 'budjetti', type: 'budget', answered: 4, averages: [{ id: 'valot', average: 62.5 }, { id: 'puistot', average: 37.5 }] },
    { id: 'terveiset', type: 'long-text', answered: 2, texts: ['SALAINEN TEKSTI'] },
  ],
};

/** A strict survey (once per verified person): one page, a required scale and a free text. */
export const strictSurvey: Survey = {
  ...survey,
  id: 'tarkka',
  respondents: 'verified',
  version: 1,
  definition: {
    title: { fi: 'Vahvistettu kysely', en: 'Verified survey' },
    pages: [
      {
        id: 'ainoa',
        title: { fi: 'Kysymykset', en: 'Questions' },
        questions: [
          { id: 'viihtyvyys', type: 'scale', scale: '1-5', required: true, text: { fi: 'Kuinka viihtyisä alueesi on?', en: 'How pleasant is your area?' } },
          { id: 'terveiset', type: 'long-text', maxLength: 2000, required: false, text: { fi: 'Terveiset', en: 'Greetings' } },
        ],
      },
    ],
  },
};
