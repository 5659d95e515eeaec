// A short made-up news text the detection worker reads a few times when it starts, so that the detector is compiled and fast before the first real article arrives.

/**
 * Invented for ClaimLens (no real events or people): attributions of the usual shapes (said, according to, told,
 * believe, denied, reported that, quotes, hedges, Markdown-free plain paragraphs) so the detector's paths all run.
 */
export const WARM_UP_TEXT = `Harbour authority says new dock will open next spring

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
