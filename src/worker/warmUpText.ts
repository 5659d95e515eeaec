// Short made-up news texts the detection worker reads when it starts, so that the detector is compiled, for the shapes real articles show, before the first article arrives.

/** A text the warm-up reads, and whether as Markdown. */
export interface WarmUpArticle {
  readonly text: string;
  readonly markdown: boolean;
}

/**
 * Invented for ClaimLens (no real events or people): a wire story (said, according to, told, believe, denied,
 * reported that, straight quotes, hedges), a court report in curly quotes (headline "Name: claim", split and
 * continued quotes, refusals, anonymity requests, "It was reported that", coordinated verbs, appositions), a
 * Markdown live blog (time labels, a blockquote, a list, a colon quote, Q and A, an emoji), an interview (speaker
 * turns, first person, questions, typewriter quotes) and a notice without a single claim. V8 compiles a function for
 * what it has seen it do: the warm-up shows it what the first article will make it do, or the first article pays for
 * compiling the rest again.
 */
const HARBOUR_TEXT = `Harbour authority says new dock will open next spring

PORTVALE (Wire) — The new container dock at Portvale will open in April, two months later than planned, the harbour authority said on Tuesday, blaming a shortage of steel and a wet winter.

"We would rather open late than open something unsafe," authority director Mira Okafor told reporters at the site. She said the cost had risen to 410 million, about 12 percent more than budgeted.

According to figures published by the regional audit office, the project has already overrun twice. An auditor, who spoke on condition of anonymity because the report is not final, said the authority may have underestimated the work from the start.

The dockworkers' union welcomed the delay. Union spokesman Pavel Deniz said members had warned for months that the schedule was "simply not realistic" and that safety checks were being rushed.

The shipping company Nordline denied reports that it would move its vessels to a rival port. "Portvale remains our home," a company statement said. Analysts believe the delay will cost the town several hundred jobs this year, though the mayor's office insisted the effect would be small.

Local residents are less certain. "Every year they promise, every year it slips," said Ana Ruiz, 58, who runs a cafe near the harbour gate. She claimed the noise from the building site had driven away half of her customers.

The transport ministry reported that freight through the region fell by 6 percent in the last quarter. Officials said they expected traffic to recover once the dock opens, and a ministry adviser suggested the government could offer lower fees to win back shippers.

Environmental groups questioned whether the dredging had harmed the bay. Reportedly, water samples taken in March showed high levels of silt; the authority said its own tests found nothing unusual.

In an interview with the Portvale Herald, Okafor acknowledged that communication with residents "could have been better." Asked whether she would resign, she said no.

Critics argue that the authority has lost the trust of the town. Experts warn that further delays are likely if the steel supply does not improve, while the authority maintains that the April date is firm.
`;

const COURT_TEXT = `Kestrel: “We were never told the truth” about the river contract

Former councillor tells court she was pressured to approve Halden deal

By Staff Reporter

HALDEN — A former city councillor told a court on Monday that she had been “pressured, day after day” to approve a river-cleaning contract worth 3,400,000 crowns, in testimony that prosecutors said went to the heart of the bribery case against two officials.

“I asked for the figures and nobody would show them to me,” said Lena Kestrel, 61, who sat on the council’s works committee from 2019 to 2023. “They said I would be blamed if the river flooded again.”

Kestrel, a retired engineer, said the deputy mayor, Tomas Vrana, had called her at home three times in one week. Vrana’s lawyer, Dr. Petra Nils, described the account as “a story built after the fact” and accused the prosecution of relying on a witness with a grudge.

“She is angry that she lost her seat,” Nils told reporters outside the courthouse. “That is not evidence.”

Prosecutors allege that the contractor, Delta Works Ltd., paid 120,000 crowns into an account controlled by a relative of Vrana. The company has denied wrongdoing and declined to comment on the trial, citing the ongoing proceedings. A spokesman for the city, who asked not to be named because he was not authorized to speak, said the council had “cooperated fully” with investigators.

According to court documents, the auditor’s office first raised concerns in March. The documents show that the contract was signed two days before the tender closed. An official familiar with the audit said the office had warned the mayor in writing, but the mayor’s office would not say whether the warning was read.

It was reported last year that the police had searched the offices of Delta Works. It is understood that no charges were filed against the company itself.

Asked whether she had taken money herself, Kestrel said: “Never. Not one crown.”

Judge Anna Brook urged both sides to keep their statements short, and called on the press to respect the jurors’ privacy. The trial continues on Thursday, when Vrana is expected to testify. His supporters insist he will be cleared; critics, including the opposition leader Marek Holm, have called the case “the tip of an iceberg.”

“We will appeal any conviction,” Nils said.
“And we will win that appeal,” she added.

Residents interviewed by the Halden Courier were split. Some believe the council did nothing wrong, while others say the river is dirtier than ever. “They promised clean water,” said Jan Oster, a fisherman. “We got a new office building instead.”
`;

const LIVE_BLOG_TEXT = `# Live: storm Imra reaches the coast

**Updated 10:45 p.m. ET**

10:45 p.m.: The national weather office says winds of 140 km/h were measured at the lighthouse in Vessby, the strongest since 1999.

10:20 p.m. — Power company Nordgrid reports that 48,000 homes are without electricity. A company spokeswoman told the Courier that crews would not go out “until it is safe,” and could not say when power would return.

Update 9:15 p.m.: Police have closed the coastal road. Officers are urging drivers to stay home, according to a statement posted on the police website.

9:02 PM — Mayor Ida Stenlund on the evacuation: “Everyone who was asked to leave has left.”

> “This is the worst I have seen in thirty years,” said Karl Ahl, a harbour pilot.

Emergency services estimate that about 2,000 people spent the night in schools and sports halls. Officials believe the storm surge may reach 2.5 metres, though forecasters warned that the figure could rise.

* The regional hospital said it had enough generators for three days.
* The ferry operator, Baltline, said all crossings were cancelled, and that passengers would be refunded.

Q: Will the schools open tomorrow?

A: The education board says it will decide in the morning. “We don’t want to promise something we can’t keep,” its chair said.

“Stay indoors,” the weather office wrote on social media. “Do not go near the sea.” 🌊

Some residents were critical of the warnings, saying they came too late. Others praised the rescue teams. Reportedly, two fishing boats broke loose in the harbour; the coast guard has not confirmed this.

The minister of the interior, Ruth Dahl, is expected to visit on Friday. She has pledged to release emergency funds and vowed that no family would be left without help.
`;

const INTERVIEW_TEXT = `Interview: the baker who feeds a town

Marta Lind, 44, has run the only bakery in Norrvik for twelve years. She spoke to us about flour prices, her staff, and why she still opens at five — every day, Sundays included.

LIND: I think people underestimate how much a bakery holds a town together. We see everyone.

Why not close on Sundays?

LIND: Because the old people come on Sundays. I know some of them don't talk to anyone else all week.

Prices have gone up. How do you cope?

LIND: Flour is up about 30 percent. The suppliers say it's the harvest, the banks say it's energy. I don't believe either of them completely. We raised prices once, in May, and I told customers why.

Your staff say you are strict.

LIND: They're right! I want the bread to be the same every day. But I also pay them better than the chain store does, and they know that.

What would you change?

LIND: I would like the council to fix the road. The council says it has no money; the council always says that.

U.S. and U.K. chains have tried to buy small bakeries in the region. Lind said she had received two offers, but declined to name the companies. "Ask them," she said, laughing. ''They won't tell you either.''

Experts at the Institute for Rural Studies argue that small shops matter more than their turnover suggests. A 2022 study by the institute found that villages that lost their last shop also lost, on average, 8 percent of their population within five years, although the authors cautioned that the link might not be causal.

"It's not about bread," Lind said. "It's about a place to meet."
`;

const NOTICE_TEXT = `Ferry timetable for the winter season

Ferries between Portvale and Holm Island run every ninety minutes from 6:10 to 21:40 on weekdays, and every two hours from 8:00 to 20:00 on Saturdays and Sundays. The crossing takes forty minutes — longer in a storm. Tickets are sold on board and at the harbour office, which opens thirty minutes before the first departure and closes after the last arrival.

Cars must be at the loading ramp fifteen minutes before departure. Bicycles travel free of charge. Dogs are welcome on the open deck and in the rear lounge. The cafe on the upper deck serves hot drinks, soup and sandwiches until 20:00.

Between 23 December and 2 January the Sunday timetable applies on every day. On 24 and 31 December the last ferry leaves Portvale at 16:00 and Holm Island at 16:50. The harbour office is closed on 25 December and 1 January.

Season tickets cost 420 for adults and 210 for children under sixteen, and can be bought at the harbour office or on the island. Lost property is kept at the harbour office for three months.
`;

const ARTICLES: readonly WarmUpArticle[] = [
  { text: HARBOUR_TEXT, markdown: false },
  { text: COURT_TEXT, markdown: false },
  { text: LIVE_BLOG_TEXT, markdown: true },
  { text: INTERVIEW_TEXT, markdown: false },
  { text: NOTICE_TEXT, markdown: false },
  { text: HARBOUR_TEXT, markdown: true },
  { text: COURT_TEXT, markdown: true },
  { text: LIVE_BLOG_TEXT, markdown: false },
  { text: INTERVIEW_TEXT, markdown: true },
  { text: NOTICE_TEXT, markdown: true },
];

/**
 * The warm-up's readings in turn: every text as plain text and as Markdown, then all of them as one long text (a long
 * article runs loops over the whole text and sends many pieces at once). All typeset (curly quotes, dashes: V8 stores
 * such a text two bytes a character, as most news copied from the web): reading the same texts typed plainly (one byte a
 * character) too left the compiled code checking for both kinds, and later readings of a typeset article about a tenth
 * slower.
 */
export const WARM_UP_ARTICLES: readonly WarmUpArticle[] = [
  ...ARTICLES,
  { text: ARTICLES.filter((article) => !article.markdown).map((article) => article.text).join('\n\n').repeat(4), markdown: false },
];
