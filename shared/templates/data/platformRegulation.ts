// Codebook template (data): regulation of digital platforms and the protection of MSMEs selling through them.
import type { CodebookTemplate } from '../templateTypes.ts';

export const platformRegulationTemplate = {
  formatVersion: 1,
  id: 'platform-regulation-msme-protection',
  name: 'Platform regulation and MSME protection',
  description:
    'For studies of how government oversight and law protect micro, small and medium enterprises that sell through e-commerce platforms: supervision, legal protection, unfair competition and price manipulation, and the kinds of online channels MSMEs use.',
  language: 'en',
  rolePresets: ['MSME owner', 'online seller', 'platform representative', 'government official', 'consumer', 'legal expert'],
  codes: [
    {
      name: 'Government supervision',
      color: '#1f77b4',
      definition: 'Monitoring and enforcement by public bodies over platforms and sellers: ministries, competition and consumer authorities, trade and tax offices.',
      inclusionCriteria: 'Inspections, reporting duties, sanctions, licensing of platforms, complaints handled by an authority, perceived absence or weakness of oversight.',
      exclusionCriteria: 'The content of the rules and the rights they give (Legal protection). Self-regulation by the platform with no public body involved (E-commerce channel types).',
      example: '"We reported the fake shops to the trade office, but nobody ever called us back."',
    },
    {
      name: 'Legal protection',
      color: '#2ca02c',
      definition: 'Rights and remedies the law gives MSMEs on platforms: contracts and terms of service, intellectual property, data protection, dispute settlement, consumer law.',
      inclusionCriteria: 'Awareness of rights, use of courts or mediation, trademark or design protection, unfair contract terms, account suspension without appeal.',
      exclusionCriteria: 'Enforcement activity by authorities (Government supervision). Pricing practices of competitors (Unfair competition and price manipulation).',
      example: '"Our account was closed for a week with no reason, and the terms say we cannot claim anything."',
    },
    {
      name: 'Unfair competition and price manipulation',
      color: '#d62728',
      definition: 'Practices that distort competition against MSMEs on platforms: predatory or dumping prices, cross-border goods sold below cost, fake reviews, self-preferencing by the platform, manipulated promotions.',
      inclusionCriteria: 'Accounts of prices MSMEs cannot match, imported goods flooding a category, algorithm or ranking changes that favour others, pressure to join discount campaigns.',
      exclusionCriteria: 'Ordinary price competition between comparable sellers, unless the informant describes it as unfair and explains why.',
      example: '"The same batik shirt from abroad is listed at half our material cost, and the platform puts it at the top."',
      children: [
        {
          name: 'Predatory and below-cost pricing',
          definition: 'Goods sold at prices below a sustainable cost, apparently to push others out of a market or category.',
          inclusionCriteria: 'Comparisons with production cost, flash sales funded by large sellers or the platform, MSMEs leaving a category because of prices.',
          exclusionCriteria: 'Discounts an MSME chooses for its own promotion.',
          example: '"They sell at a loss for three months; when the small sellers are gone, the price goes back up."',
        },
        {
          name: 'Ranking and review manipulation',
          definition: 'Fake reviews, bought ratings, paid or hidden ranking advantages and platform self-preferencing that distort which products customers see.',
          inclusionCriteria: 'Suspicious reviews, own-brand products favoured by the platform, visibility tied to paid advertising or campaign participation.',
          exclusionCriteria: 'Ordinary advertising that the informant does not describe as distorting.',
          example: '"If we do not join the twin-date sale, our shop drops from page one to page nine overnight."',
        },
      ],
    },
    {
      name: 'E-commerce channel types',
      color: '#ff7f0e',
      definition: 'The kinds of online channels MSMEs sell through, and how the type of channel shapes their exposure to risks and protection.',
      inclusionCriteria: 'Which channels are used, why, how they differ in fees, rules, reach and protection. Prefer the most specific sub-code.',
      exclusionCriteria: 'Offline channels, unless compared with online ones.',
      example: '"We started on Instagram, moved to the marketplace for the free shipping, and now keep both."',
      children: [
        {
          name: 'Marketplace platforms',
          definition: 'Large multi-seller marketplaces where the platform controls listing, payment, ranking and dispute rules.',
          inclusionCriteria: 'Fees, campaigns, payment holds, buyer protection rules, seller ratings on marketplaces.',
          exclusionCriteria: 'Selling through chats or social-media posts (Social commerce).',
          example: '"The marketplace keeps the money until the buyer confirms, sometimes two weeks."',
        },
        {
          name: 'Social commerce',
          definition: 'Selling through social media and messaging: posts, live streams, group chats, direct messages.',
          inclusionCriteria: 'Live-selling, chat orders, payment by transfer, trust built through followers, scams in social channels.',
          exclusionCriteria: 'Marketplaces owned by a social-media company when used as a marketplace (Marketplace platforms).',
          example: '"During the live stream we sold forty pieces in one hour, all paid by bank transfer."',
        },
        {
          name: 'Own website and direct channels',
          definition: 'The enterprise\'s own web shop or other direct online channels where it sets the rules itself.',
          inclusionCriteria: 'Own web shops, direct e-mail orders, reasons for or against running an own channel.',
          exclusionCriteria: 'Shops hosted inside a marketplace (Marketplace platforms).',
          example: '"On our own website nobody can change the ranking, but almost nobody finds it either."',
        },
        {
          name: 'Cross-border platforms',
          definition: 'Platforms that connect sellers and buyers in different countries, for exports by MSMEs or imports competing with them.',
          inclusionCriteria: 'Selling abroad through a platform, import goods entering through platforms, customs and tax questions of cross-border online trade.',
          exclusionCriteria: 'Domestic marketplaces used only for domestic sales (Marketplace platforms).',
          example: '"A customer in Malaysia ordered through the cross-border programme, and the platform handled the customs form."',
        },
      ],
    },
  ],
} satisfies CodebookTemplate;
