import type { Block } from './writeStatementText.ts';

/** The demo coalition: fictional organisations of every kind, category and several countries. */

export const DEMO_PASSWORD = 'accord demo password';

export const DEMO_SECRETARIAT = [
  { email: 'amara.secretariat@demo.accord.test', name: 'Amara Okafor' },
  { email: 'jonas.secretariat@demo.accord.test', name: 'Jonas Lindqvist' },
];

export interface DemoOrganisation {
  name: string;
  kind: 'ccTLD' | 'gTLD' | 'registrar' | 'RIR' | 'regional' | 'other';
  category: 'member' | 'supporter';
  country: string;
  /** Whether it has agreed to the Statement of Purpose (one has not yet, to show the gate). */
  agreed: boolean;
  contacts: { name: string; email: string; signatory: boolean }[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Nordvik Domain Registry',
    kind: 'ccTLD',
    category: 'member',
    country: 'NO',
    agreed: true,
    contacts: [
      { name: 'Ingrid Solberg', email: 'ingrid@nordvik.demo.accord.test', signatory: true },
      { name: 'Magnus Berg', email: 'magnus@nordvik.demo.accord.test', signatory: false },
      { name: 'Sofie Dahl', email: 'sofie@nordvik.demo.accord.test', signatory: false },
    ],
  },
  {
    name: 'Registro Andino',
    kind: 'ccTLD',
    category: 'member',
    country: 'PE',
    agreed: true,
    contacts: [
      { name: 'Lucía Paredes', email: 'lucia@andino.demo.accord.test', signatory: true },
      { name: 'Mateo Quispe', email: 'mateo@andino.demo.accord.test', signatory: false },
    ],
  },
  {
    name: 'Harbour gTLD Services',
    kind: 'gTLD',
    category: 'member',
    country: 'SG',
    agreed: true,
    contacts: [
      { name: 'Wei Ling Tan', email: 'weiling@harbour.demo.accord.test', signatory: true },
      { name: 'Arjun Nair', email: 'arjun@harbour.demo.accord.test', signatory: false },
    ],
  },
  {
    name: 'Savanna Internet Registry',
    kind: 'RIR',
    category: 'member',
    country: 'KE',
    agreed: false,
    contacts: [
      { name: 'Wanjiru Kamau', email: 'wanjiru@savanna.demo.accord.test', signatory: true },
      { name: 'Otieno Odhiambo', email: 'otieno@savanna.demo.accord.test', signatory: false },
    ],
  },
  {
    name: 'Alpine Registrars Cooperative',
    kind: 'registrar',
    category: 'supporter',
    country: 'CH',
    agreed: true,
    contacts: [
      { name: 'Lea Brunner', email: 'lea@alpine.demo.accord.test', signatory: true },
      { name: 'Marco Rossi', email: 'marco@alpine.demo.accord.test', signatory: false },
    ],
  },
  {
    name: 'Pacific TLD Forum',
    kind: 'regional',
    category: 'member',
    country: 'FJ',
    agreed: true,
    contacts: [
      { name: 'Mere Tuilagi', email: 'mere@pacific.demo.accord.test', signatory: true },
      { name: 'Sione Vea', email: 'sione@pacific.demo.accord.test', signatory: false },
    ],
  },
  {
    name: 'Open Networks Foundation',
    kind: 'other',
    category: 'supporter',
    country: 'CA',
    agreed: true,
    contacts: [{ name: 'Claire Tremblay', email: 'claire@opennetworks.demo.accord.test', signatory: true }],
  },
];

export interface DemoStatement {
  title: string;
  /** Contact e-mail addresses who draft it. */
  drafters: string[];
  text: Block[];
  /** Where it is in its life; signatories (by e-mail) sign the final version. */
  stage: 'drafting' | 'sign-on' | 'published';
  signatories: string[];
}

export const DEMO_STATEMENTS: DemoStatement[] = [
  {
    title: 'Joint statement on the WSIS+20 review',
    drafters: ['ingrid@nordvik.demo.accord.test', 'lucia@andino.demo.accord.test'],
    stage: 'drafting',
    signatories: [],
    text: [
      { heading: 'Who we are' },
      {
        paragraph:
          'We are operators of the Internet’s shared infrastructure: country-code and generic top-level domain registries, registrars and regional Internet registries from every region.',
      },
      { heading: 'What we ask' },
      {
        paragraph:
          'We ask that the review keep the multistakeholder model that has let the Internet grow, and that technical operators keep a seat where decisions about the infrastructure are taken.',
      },
      { paragraph: 'We offer our experience to the review, and invite governments to consult the technical community early and often.' },
    ],
  },
  {
    title: 'Response to the consultation on DNS abuse',
    drafters: ['weiling@harbour.demo.accord.test'],
    stage: 'sign-on',
    signatories: ['ingrid@nordvik.demo.accord.test', 'weiling@harbour.demo.accord.test'],
    text: [
      { heading: 'Summary' },
      {
        paragraph:
          'Registries and registrars already act against phishing, malware and botnets within their remit. Measures should target abuse at the right layer of the Internet.',
      },
      { heading: 'Recommendations' },
      {
        paragraph:
          'Define DNS abuse narrowly and consistently; keep content questions with those who host content; support trusted-notifier programmes with clear evidence standards.',
      },
    ],
  },
  {
    title: 'Position paper on Internet fragmentation',
    drafters: ['mere@pacific.demo.accord.test'],
    stage: 'published',
    signatories: ['ingrid@nordvik.demo.accord.test', 'lucia@andino.demo.accord.test', 'mere@pacific.demo.accord.test'],
    text: [
      { heading: 'One Internet' },
      {
        paragraph:
          'A single, globally interoperable Internet depends on unique identifiers and open standards. Fragmentation at the technical layer would raise costs for everyone and for small economies most.',
      },
    ],
  },
];
