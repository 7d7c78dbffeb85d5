// Codebook template (data): ecosystem-based internationalization of craft MSMEs — networks as entry point,
// global collaboration as value creator, diaspora as market connector, associations as capacity builder.
import { ECOSYSTEM_ROLE_PRESETS } from '../ecosystem-roles.ts';
import type { CodebookTemplate } from '../templateTypes.ts';

export const ecosystemInternationalizationTemplate = {
  formatVersion: 1,
  id: ECOSYSTEM_ROLE_PRESETS.templateId,
  name: 'Ecosystem-based internationalization',
  description:
    'For case studies of how small craft or creative enterprises go international through an ecosystem of actors. Four factors, each with a role in the model: business networks open the door (entry point), global collaboration adds value to the product (value creator), the diaspora links producers to markets abroad (market connector) and business associations build capabilities (capacity builder). Codes for synergy between factors, outcomes, and challenges or negative evidence support conclusion drawing and verification.',
  language: 'en',
  rolePresets: [...ECOSYSTEM_ROLE_PRESETS.roles],
  // The model's factors reinforce each other; a network display names that relation.
  relationTypes: ['synergy'],
  codes: [
    {
      name: 'Business networks',
      color: '#1f77b4',
      modelRole: 'entry point',
      definition:
        'Personal and commercial relationships outside the firm through which the enterprise first reaches foreign buyers or markets: exporters, intermediaries, shops, user communities and customers abroad. In the model, networks open the door to internationalization.',
      inclusionCriteria:
        'Who introduced, referred or connected the business to buyers or markets; how a contact was made; trust or reputation passed along a chain of people. Prefer the most specific sub-code; use this code for network passages that fit none of them.',
      exclusionCriteria:
        'Lasting production or design cooperation with a foreign partner (Global collaboration). Contacts that run through Indonesians living abroad (Diaspora). Services of a formal association (Business associations).',
      example: '"The buyer from Belgium only came because the man who runs the guesthouse in Ubud sent her to our workshop."',
      children: [
        {
          name: 'Exporters and intermediaries',
          definition:
            'Domestic exporters, traders, collectors, freight forwarders and agents who buy, consolidate, document or ship goods for the enterprise, or who introduce it to foreign buyers.',
          inclusionCriteria:
            'Export paperwork, fumigation, timber-legality documents, container booking, buying for resale abroad, an intermediary introducing a foreign buyer, the margin the intermediary takes.',
          exclusionCriteria:
            'The foreign importer or distributor itself (Overseas customers, or Global collaboration once the relationship shapes the product). Government export agencies acting as regulators.',
          example: '"Our exporter in Surabaya does all the papers; we only bring the drums to his warehouse and he books the container."',
        },
        {
          name: 'Arts communities',
          definition:
            'Music, dance and cultural communities — drum circles, studios, festivals, teachers and their pupils — whose members buy, recommend or order the products.',
          inclusionCriteria:
            'Community members visiting the workshop, teachers ordering for a group, word of mouth inside a community, products used in performances that lead to orders.',
          exclusionCriteria:
            'Communities run by or around Indonesian migrants where the migrant is the link (Diaspora). A single tourist purchase with no further contact (Overseas customers).',
          example: '"After the drumming teacher went home to Ghent, two people from her class wrote to us for drums of the same size."',
        },
        {
          name: 'Overseas customers',
          definition: 'Direct relationships with individual buyers, shops or importers abroad, including repeat orders and referrals from satisfied customers.',
          inclusionCriteria:
            'Direct orders from abroad, repeat orders, a customer recommending the business to others, a foreign customer who found the business by themselves (also code Challenges / negative evidence if no network was involved).',
          exclusionCriteria:
            'Partnerships in which the buyer sets standards, co-designs products or organises logistics with the enterprise (Global collaboration).',
          example: '"A shop owner in Lyon has ordered every year since 2015, and she told a friend in Marseille about us."',
        },
        {
          name: 'Market information',
          definition: 'Knowledge about foreign demand, prices, tastes, rules or competitors that reaches the enterprise through its network contacts.',
          inclusionCriteria: 'What buyers abroad want, price levels, trends, import rules or competing suppliers, when the source is an exporter, trader, shop or customer.',
          exclusionCriteria:
            'Information passed on by diaspora members (Diaspora / Market information). Information from association meetings or courses (Business associations / Training).',
          example: '"The trader told us Europeans now want smaller drums for children, so we started a thirty-centimetre model."',
        },
        {
          name: 'Learning',
          definition:
            'Skills, know-how and routines the enterprise picks up informally through its contacts: quoting, packing, invoicing, handling orders, using messaging or e-mail with buyers.',
          inclusionCriteria: 'Learning by copying, asking or watching peers, exporters or customers; peer groups of producers (e.g. a chat group) that share tips.',
          exclusionCriteria:
            'Organised courses or workshops (Business associations / Training). Changes demanded by a partner\'s quality requirements (Global collaboration / Product quality).',
          example: '"I learned to write a proforma invoice by copying the one the exporter sent me, line by line."',
        },
      ],
    },
    {
      name: 'Global collaboration',
      color: '#2ca02c',
      modelRole: 'value creator',
      definition:
        'Ongoing cooperation with foreign partners — distributors, importers, designers, brands — that changes what the enterprise makes or how it delivers, adding value to the product; and the balance of power inside that cooperation.',
      inclusionCriteria:
        'Joint product development, partner standards and checks, shared logistics, long-term agreements, the terms of the relationship. Prefer the most specific sub-code.',
      exclusionCriteria:
        'How the partner was first met (Business networks, and Synergy between factors if the network led to the collaboration). One-off sales without further cooperation (Overseas customers).',
      example: '"Since we work with the distributor, every drum is checked against his list before it goes into the box."',
      children: [
        {
          name: 'Product quality',
          definition: 'Quality standards, checks, complaints and rejections introduced or enforced through a foreign partner, and the production changes they cause.',
          inclusionCriteria: 'Checklists, inspections, returned goods, claims, changes in drying, tuning, skins, finishing or packing made to meet a partner\'s standard.',
          exclusionCriteria:
            'General pride in craftsmanship not linked to any partner (leave uncoded, or Challenges / negative evidence if other sources contradict it).',
          example: '"He sent back six drums with cracks; after that we dried the wood for two months instead of two weeks."',
        },
        {
          name: 'Design innovation',
          definition: 'New shapes, sizes, decorations, colours or product lines developed with, for or at the request of a foreign partner.',
          inclusionCriteria: 'Partner requests or sketches, adapting designs to a market\'s taste, samples developed together, new products that came out of the cooperation.',
          exclusionCriteria:
            'Designs that come from inside the workshop without partner input (Challenges / negative evidence, as they qualify the model). Changes made only to cut freight (Distribution efficiency).',
          example: '"The partner asked for plain drums without painted animals, so now we carve simple rings near the rim."',
        },
        {
          name: 'Distribution efficiency',
          definition: 'Changes in packing, shipping, order batching, lead times or logistics, agreed with a partner, that reduce cost or time of delivery.',
          inclusionCriteria: 'Nesting products to save volume, shared containers, consolidated orders, faster or cheaper routes, delivery schedules set with the partner.',
          exclusionCriteria: 'Logistics handled only by a domestic exporter (Business networks / Exporters and intermediaries).',
          example: '"We put the small drums inside the big ones, so one container now holds almost twice as many."',
        },
        {
          name: 'Dependence on foreign partners',
          definition: 'Reliance on one or a few foreign partners for volume, design, market access or documents, and the risk this creates.',
          inclusionCriteria: 'Share of sales going to one partner, fear of losing a partner, partner-owned designs or brands, idle capacity when a partner orders less.',
          exclusionCriteria: 'Who decides prices and terms (Negotiation position) — code both when a passage shows dependence and bargaining.',
          example: '"If he stops ordering, half of my workers have nothing to do in the rainy season."',
        },
        {
          name: 'Negotiation position',
          definition: 'Who sets prices, payment terms, specifications and delivery dates between the enterprise and its foreign partner; the bargaining power of each side.',
          inclusionCriteria: 'Accounts of price setting, deposits and payment delays, accepting or refusing terms, attempts to bargain and their result.',
          exclusionCriteria: 'Domestic price competition among producers (Challenges / negative evidence).',
          example: '"He tells us the price for the season; we may ask for more, but in the end we usually say yes."',
        },
      ],
    },
    {
      name: 'Diaspora',
      color: '#ff7f0e',
      modelRole: 'market connector',
      definition:
        'Indonesians and people of Indonesian descent living abroad who link the enterprise to markets there through their communities, their knowledge of both cultures and personal trust.',
      inclusionCriteria:
        'Diaspora individuals or organisations acting for or with the enterprise: promoting, selling, advising, translating, hosting. Prefer the most specific sub-code.',
      exclusionCriteria:
        'Foreign nationals without Indonesian ties (Business networks). Diaspora members who only buy for themselves (Overseas customers).',
      example: '"My cousin in Rotterdam sells our drums at the Pasar Malam and sends the orders on to us."',
      children: [
        {
          name: 'Promotion abroad',
          definition: 'Showing, demonstrating, performing with or selling the products at events, in community groups, in shops or online abroad.',
          inclusionCriteria: 'Cultural evenings, festivals, embassy events, dance or music groups using the products, social-media posts by diaspora members.',
          exclusionCriteria: 'Promotion by the enterprise itself or by an association at a fair (Business associations / Exhibitions).',
          example: '"She plays our kendang at the cultural evening, and afterwards people queue to ask where they can buy one."',
        },
        {
          name: 'Market information',
          definition: 'Knowledge about demand, prices, rules or tastes abroad passed on by diaspora members.',
          inclusionCriteria: 'Advice on what sells, what price is acceptable, customs and import requirements, seasonal demand, when it comes from a diaspora member.',
          exclusionCriteria: 'The same kind of information from exporters, traders or customers (Business networks / Market information).',
          example: '"She warned us that customs there want the fumigation stamp on every box, not only on the papers."',
        },
        {
          name: 'Cross-cultural communication',
          definition: 'Translating, explaining expectations and smoothing misunderstandings between the enterprise and foreign buyers; acting as a cultural broker in negotiations.',
          inclusionCriteria: 'Interpreting calls or messages, explaining business customs on either side, mediating disputes or negotiations, building trust between the parties.',
          exclusionCriteria: 'Plain translation services bought from a professional without Indonesian ties (Business networks).',
          example: '"When the buyer\'s e-mails sounded angry, she phoned me and explained that over there a slow reply looks like you are hiding something."',
        },
      ],
    },
    {
      name: 'Business associations',
      color: '#9467bd',
      modelRole: 'capacity builder',
      definition:
        'Producer associations, cooperatives, paguyuban, chambers and government-linked business bodies that build their members\' capabilities and speak for them.',
      inclusionCriteria: 'Activities, services and membership of such bodies, and members\' views of them. Prefer the most specific sub-code.',
      exclusionCriteria:
        'Informal peer groups without an organisation (Business networks / Learning). Government rules as such, when no association is involved.',
      example: '"Through the paguyuban we got a stand at the provincial craft fair for the first time."',
      children: [
        {
          name: 'Training',
          definition: 'Courses, workshops and certification preparation organised or arranged by an association.',
          inclusionCriteria: 'Topics, who attended (owners or workers), what changed afterwards, certificates obtained.',
          exclusionCriteria: 'Ongoing one-to-one guidance (Mentoring). Informal learning from peers (Business networks / Learning).',
          example: '"The association ran a three-day course on finishing and on how to calculate an export price."',
        },
        {
          name: 'Mentoring',
          definition: 'Ongoing individual guidance — coaching, consultancy, follow-up visits — provided or arranged by an association.',
          inclusionCriteria: 'Mentors, advisers or senior members visiting or coaching a member over time; help applying what was learnt.',
          exclusionCriteria: 'Complaints that follow-up is missing (Limited export support).',
          example: '"After the course a mentor came twice a month to check our bookkeeping until we could do it alone."',
        },
        {
          name: 'Exhibitions',
          definition: 'Trade fairs, expos, festivals and showrooms organised, subsidised or brokered by an association, and what they produced.',
          inclusionCriteria: 'Participation, costs, contacts made, orders or the absence of orders after an event.',
          exclusionCriteria: 'Events abroad run by diaspora communities (Diaspora / Promotion abroad).',
          example: '"We went to the Jakarta expo with the association, met many visitors, but not one order came after it."',
        },
        {
          name: 'Policy advocacy',
          definition: 'Representing members to government on rules, permits, timber legality (e.g. SVLK), fees, taxes or infrastructure.',
          inclusionCriteria: 'Lobbying, petitions, meetings with officials, collective applications, results of such efforts.',
          exclusionCriteria: 'Individual dealings of one enterprise with an office, without the association.',
          example: '"Our chairman went to the district office three times until the legality certificate fee was reduced for small workshops."',
        },
        {
          name: 'Limited export support',
          definition: 'Statements that the association does not help, or helps too little, with exporting itself: no buyer contacts, no international network, no follow-up, support for some members only.',
          inclusionCriteria: 'Gaps, unmet expectations, activities that stop at training, benefits going to a few members. Also code Challenges / negative evidence when it contradicts another source.',
          exclusionCriteria: 'Positive accounts of association activities (the other sub-codes).',
          example: '"They give training, yes, but finding a buyer abroad — that we still have to do alone."',
        },
      ],
    },
    {
      name: 'Synergy between factors',
      color: '#17becf',
      definition: 'Passages showing two or more factors working together, or one factor enabling another — the ecosystem effect of the model.',
      inclusionCriteria:
        'An association event where a diaspora member meets a producer; an exporter introducing a foreign partner; a diaspora member brokering a partner\'s negotiation. Code the factor codes involved as well.',
      exclusionCriteria: 'Passages that merely mention two factors without any link between them.',
      example: '"We met her at the festival the association organised, and since then she has been our door to the Dutch market."',
    },
    {
      name: 'Internationalization outcomes',
      color: '#8c564b',
      definition: 'Observable results of going international: first export, countries reached, volumes, repeat orders, prices, revenue, jobs and new capabilities.',
      inclusionCriteria: 'Figures, dates, countries, growth or decline, changes in the workforce or the product range attributed to foreign sales.',
      exclusionCriteria: 'Plans and hopes that have not happened yet (leave uncoded or memo). The mechanisms that produced the results (factor codes).',
      example: '"Last year we shipped three containers, to Germany, France and Australia, and we took on six more turners."',
    },
    {
      name: 'Challenges / negative evidence',
      color: '#d62728',
      definition:
        'Obstacles to internationalization and passages that contradict or qualify the model: a factor that is absent or ineffective, or an outcome reached without it.',
      inclusionCriteria:
        'Failed fairs, markets reached without any network, ideas that come from inside the workshop, ignored inquiries, accounts that conflict between informants or sources. Use it to look for rival explanations when verifying conclusions.',
      exclusionCriteria: 'Ordinary production problems with no bearing on foreign markets.',
      example: '"The Japanese customers found us on the marketplace by themselves — nobody introduced them to us."',
    },
  ],
} satisfies CodebookTemplate;
