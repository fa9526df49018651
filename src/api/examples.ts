/** The questions of the README, as GraphiQL tabs and as the queries the API tests ask. */
export const EXAMPLES: { name: string; query: string }[] = [
  {
    name: 'Who visited North Korea?',
    query: `{
  visitors(country: "KP", filter: { from: "2025-01-01" }) {
    subject { name }
    date status sourceCount
    sources { outlet published evidence }
  }
}`,
  },
  { name: 'Where did Lavrov travel?', query: `{\n  travels(person: "لافروف") { object { name } date status sourceCount }\n}` },
  {
    name: 'Whom did Kim Jong Un meet?',
    query: `{
  meetings(person: "Kim Jong Un") {
    subject { name } object { name } date status
    event { ... on Event { kind place { name } } }
    sources { outlet evidence }
  }
}`,
  },
  { name: 'Meetings between officials of two countries', query: `{\n  meetingsBetween(countryA: "RU", countryB: "KP") { subject { name } object { name } date status }\n}` },
  {
    name: 'Troops and arms',
    query: `{
  troopsToRussia: deployments(country: "RU", direction: IN) { subject { name } status sourceCount }
  armsToRussia: armsSupplies(country: "RU", direction: IN) { subject { name } status sourceCount }
  armsFromRussia: armsSupplies(country: "RU", direction: OUT) { object { name } status }
}`,
  },
  {
    name: 'Who exercised with Japan?',
    query: `{
  exercises(country: "JP") {
    subject { name } object { name } date status
    event { ... on Event { participants { name } } }
  }
}`,
  },
  { name: 'Officials of South Korea', query: `{\n  officials(country: "KR") { subject { name nameAr } role sourceCount }\n}` },
  {
    name: 'What links Russia and North Korea?',
    query: `{
  links(a: "RU", b: "KP") {
    via { name }
    relation { predicate subject { name } object { name } date status }
  }
}`,
  },
  { name: 'Shortest paths', query: `{\n  paths(from: "Dan Caine", to: "Charles Q. Brown", maxHops: 4) {\n    length\n    nodes { name }\n    relations { predicate date }\n  }\n}` },
  {
    name: 'Neighbourhood to draw',
    query: `{
  neighbourhood(id: "person:sergey-lavrov", depth: 2, predicates: [VISITED, MET, OFFICIAL_OF]) {
    nodes { id type name }
    edges { predicate subject { id } object { id } date status sourceCount }
  }
}`,
  },
  { name: 'Timeline of Shoigu', query: `{\n  timeline(id: "شويغو") { predicate subject { name } object { name } date status }\n}` },
  { name: 'Search (Arabic or English)', query: `{\n  search(query: "سيرجي لافروف") { id type name nameAr aliases mentionCount }\n}` },
  {
    name: 'Articles and what they contributed',
    query: `{
  stats { store articles entities { key count } facts { key count } }
  articles(limit: 5) { id title source published facts(limit: 5) { predicate subject { name } object { name } } }
}`,
  },
];
