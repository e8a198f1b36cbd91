/**
 * A three-page neighbourhood survey touching every question type, and four responses whose
 * aggregates were computed by hand (see surveys.test.ts).
 */
export const surveyDefinition = {
  title: { fi: 'Millainen on sinun asuinalueesi?', sv: 'Hurdant är ditt bostadsområde?', en: 'What is your neighbourhood like?' },
  thanks: { fi: 'Kiitos! Tulokset esitellään asukasillassa.' },
  pages: [
    {
      id: 'basics',
      title: { fi: 'Perustiedot' },
      questions: [
        { id: 'intro', type: 'info', text: { fi: 'Kysely vie noin viisi minuuttia.' } },
        { id: 'area', type: 'map', mode: 'area', required: true, text: { fi: 'Millä alueella asut?' } },
        { id: 'satisfaction', type: 'scale', scale: '1-5', required: true, text: { fi: 'Kuinka tyytyväinen olet alueeseesi?' }, minLabel: { fi: 'Tyytymätön' }, maxLabel: { fi: 'Tyytyväinen' } },
        {
          id: 'travel',
          type: 'single-choice',
          allowOther: true,
          text: { fi: 'Miten liikut useimmiten?' },
          options: [
            { id: 'car', label: { fi: 'Autolla' } },
            { id: 'bike', label: { fi: 'Pyörällä' } },
            { id: 'bus', label: { fi: 'Bussilla' } },
          ],
        },
      ],
    },
    {
      id: 'car',
      title: { fi: 'Autoilijoille' },
      showIf: { question: 'travel', anyOf: ['car'] },
      questions: [
        {
          id: 'needs',
          type: 'multiple-choice',
          min: 1,
          max: 2,
          text: { fi: 'Mitä alueelta puuttuu?' },
          options: [
            { id: 'parks', label: { fi: 'Puistoja' } },
            { id: 'lights', label: { fi: 'Valaistusta' } },
            { id: 'benches', label: { fi: 'Penkkejä' } },
          ],
        },
        {
          id: 'priorities',
          type: 'ranking',
          text: { fi: 'Järjestä tärkeimmästä alkaen' },
          options: [
            { id: 'green', label: { fi: 'Viheralueet' } },
            { id: 'light', label: { fi: 'Valaistus' } },
            { id: 'safe', label: { fi: 'Turvallisuus' } },
          ],
        },
        { id: 'age', type: 'number', min: 0, max: 120, integer: true, unit: { fi: 'vuotta' }, text: { fi: 'Ikäsi' } },
        { id: 'visit', type: 'date', text: { fi: 'Milloin kävit viimeksi asukastalolla?' } },
        { id: 'spot', type: 'map', mode: 'point', text: { fi: 'Merkitse vaarallinen paikka' } },
        { id: 'nps', type: 'scale', scale: '0-10', text: { fi: 'Suosittelisitko aluetta?' }, showIf: { question: 'satisfaction', anyOf: [5] } },
      ],
    },
    {
      id: 'money',
      title: { fi: 'Rahanjako' },
      questions: [
        {
          id: 'budget',
          type: 'budget',
          total: 100,
          unit: 'points',
          required: true,
          text: { fi: 'Jaa 100 pistettä' },
          items: [
            { id: 'green', label: { fi: 'Viheralueet' } },
            { id: 'light', label: { fi: 'Valaistus' } },
            { id: 'safe', label: { fi: 'Turvallisuus' } },
          ],
        },
        { id: 'ideas', type: 'long-text', text: { fi: 'Muita ajatuksia?' } },
        { id: 'nickname', type: 'short-text', text: { fi: 'Nimimerkki' } },
      ],
    },
  ],
};

export const handResponses = [
  {
    area: 'a1',
    satisfaction: 4,
    travel: 'car',
    needs: ['parks', 'lights'],
    priorities: ['green', 'light', 'safe'],
    age: 30,
    visit: '2026-10-01',
    spot: { type: 'Point', coordinates: [27.68, 62.89] },
    budget: { green: 50, light: 30, safe: 20 },
    ideas: 'Lisää penkkejä, kiitos',
  },
  { area: 'a1', satisfaction: 2, travel: 'bike', budget: { green: 100, light: 0, safe: 0 } },
  { area: 'a2', satisfaction: 5, travel: { other: 'potkulauta' }, budget: { green: 20, light: 40, safe: 40 }, nickname: '=KAUPUNKI' },
  { area: 'a2', satisfaction: 4, travel: 'car', needs: ['parks'], priorities: ['safe', 'green', 'light'], age: 41, budget: { green: 30, light: 30, safe: 40 } },
];
