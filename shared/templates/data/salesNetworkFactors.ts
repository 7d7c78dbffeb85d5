// Codebook template (data): factors that shape how small enterprises sell through their sales and distribution networks.
import type { CodebookTemplate } from '../templateTypes.ts';

export const salesNetworkFactorsTemplate = {
  formatVersion: 1,
  id: 'sales-network-factors',
  name: 'Sales-network factors',
  description:
    'For studies of what helps or hinders small enterprises in selling through their sales and distribution networks, in domestic or export markets: physical infrastructure, government regulation, market power, the distribution network itself, technology adoption, energy sources, and interaction and communication between the actors.',
  language: 'en',
  rolePresets: ['owner', 'sales agent', 'distributor', 'retailer', 'customer', 'government official'],
  codes: [
    {
      name: 'Infrastructure',
      color: '#1f77b4',
      definition: 'Physical conditions that carry goods and people to customers: roads, ports, warehouses, markets, transport services and their cost and reliability.',
      inclusionCriteria: 'Travel time to markets, road or bridge conditions, availability and price of transport, storage, access to a port or airport, seasonal disruption.',
      exclusionCriteria: 'Electricity and fuel (Energy sources). Internet access and digital tools (Technology adoption).',
      example: '"In the rainy season the truck cannot reach the village, so we carry the goods on motorbikes to the main road."',
    },
    {
      name: 'Government regulation',
      color: '#d62728',
      definition: 'Laws, permits, taxes, standards and their enforcement as they affect selling and distribution.',
      inclusionCriteria: 'Business permits, product certification, labelling, taxes and levies, trade and export rules, inspections, programmes that ease or add to the burden.',
      exclusionCriteria: 'Rules set by a buyer or a platform rather than the state (Market power, Distribution network).',
      example: '"Without the food-safety number the supermarket will not take our chips, and the process takes six months."',
    },
    {
      name: 'Market power',
      color: '#9467bd',
      definition: 'The relative strength of the actors in the network to set prices, terms and conditions: dominant buyers, wholesalers, competitors or suppliers.',
      inclusionCriteria: 'Who fixes prices, credit and consignment terms, exclusive deals, pressure from large competitors, dependence on a single buyer.',
      exclusionCriteria: 'The structure and routes of the network without reference to power (Distribution network).',
      example: '"The wholesaler pays after the goods are sold, sometimes three months later, and we cannot refuse him."',
    },
    {
      name: 'Distribution network',
      color: '#2ca02c',
      definition: 'The chain of actors and routes through which products reach final customers: agents, wholesalers, retailers, resellers, direct sales and online channels.',
      inclusionCriteria: 'Who sells to whom, number and type of intermediaries, reach of the network, changes in channels, reseller recruitment.',
      exclusionCriteria: 'Power and terms inside the chain (Market power). The tools used to run it (Technology adoption).',
      example: '"We sell to four agents in the district; each agent supplies about thirty small shops."',
    },
    {
      name: 'Technology adoption',
      color: '#17becf',
      definition: 'Taking up tools that change how sales are made or managed: messaging apps, marketplaces, digital payments, bookkeeping or stock software, production machinery that affects supply.',
      inclusionCriteria: 'What was adopted, why, by whom, with what effect on sales, and barriers such as skills, cost or connectivity.',
      exclusionCriteria: 'Talk about technology with no link to selling or distribution.',
      example: '"Since the agents order through the WhatsApp catalogue, we know by Monday what to produce for the week."',
    },
    {
      name: 'Energy sources',
      color: '#ff7f0e',
      definition: 'Electricity, fuel and other energy that production and distribution depend on, including their price, supply and alternatives.',
      inclusionCriteria: 'Power cuts, fuel prices and shortages, generators, solar panels, energy costs passed on to prices.',
      exclusionCriteria: 'Transport services as such (Infrastructure).',
      example: '"When the electricity goes off in the afternoon the oven stops, and that day\'s orders go out late."',
    },
    {
      name: 'Interaction and communication',
      color: '#8c564b',
      definition: 'How the actors in the sales network exchange information and build relationships: frequency, channels, trust, feedback and conflict.',
      inclusionCriteria: 'Meetings, calls, visits, group chats, how orders and complaints are passed on, trust built or lost, language or cultural barriers.',
      exclusionCriteria: 'The technical tool itself, when the passage is about adopting it (Technology adoption).',
      example: '"The agent visits every Friday; he tells us which flavours the shops complain about."',
    },
  ],
} satisfies CodebookTemplate;
