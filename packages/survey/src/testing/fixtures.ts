/**
 * A contract-shaped survey for the component tests: three pages, every question type, a page
 * shown only for car drivers. Invented example.
 */
import type { Area, Survey } from '@osallistu/contract';

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
