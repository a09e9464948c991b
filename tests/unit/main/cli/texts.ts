// Two short news texts on one event, used as test material by the CLI tests.
export const TREATY = `Putin and Kim sign mutual defence treaty

Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday, pledging mutual assistance if either country is attacked.

The agreement, reached during Putin's first visit to Pyongyang in twenty-four years, covers security, trade, investment and cultural ties. Analysts in Seoul and Washington said the pact could deepen military cooperation between the two countries.

Kim called the treaty the strongest ever between the two nations, while Putin described it as a breakthrough document.
`;

export const SEOUL = `# Seoul responds to the treaty

South Korea's national security adviser said Seoul would reconsider its policy on supplying weapons to Ukraine after the treaty signed in Pyongyang.

Officials in Seoul summoned the Russian ambassador and urged Moscow to act responsibly. The government said any cooperation that helps the North build up its military violates United Nations resolutions.
`;
