/**
 * The questions of the README, as GraphiQL tabs and as the queries the API tests ask. Each is a named
 * operation: GraphiQL titles a tab by its operation name (an anonymous one is `<untitled>`).
 */
export const EXAMPLES: { name: string; query: string }[] = [
  {
    name: 'Who visited North Korea?',
    query: `query WhoVisitedNorthKorea {
  visitors(country: "KP", filter: { from: "2025-01-01" }) {
    subject { name }
    date status sourceCount
    sources { outlet published evidence }
  }
}`,
  },
  { name: 'Where did Lavrov travel?', query: `query WhereDidLavrovTravel {\n  travels(person: "لافروف") { object { name } date status sourceCount }\n}` },
  {
    name: 'Whom did Kim Jong Un meet?',
    query: `query WhomDidKimJongUnMeet {
  meetings(person: "Kim Jong Un") {
    subject { name } object { name } date status
    event { ... on Event { kind place { name } } }
    sources { outlet evidence }
  }
}`,
  },
  { name: 'Meetings between officials of two countries', query: `query MeetingsBetweenRussiaAndNorthKorea {\n  meetingsBetween(countryA: "RU", countryB: "KP") { subject { name } object { name } date status }\n}` },
  {
    name: 'Troops and arms',
    query: `query TroopsAndArmsToRussia {
  troopsToRussia: deployments(country: "RU", direction: IN) { subject { name } status sourceCount }
  armsToRussia: armsSupplies(country: "RU", direction: IN) { subject { name } status sourceCount }
  armsFromRussia: armsSupplies(country: "RU", direction: OUT) { object { name } status }
}`,
  },
  {
    name: 'Who exercised with Japan?',
    query: `query WhoExercisedWithJapan {
  exercises(country: "JP") {
    subject { name } object { name } date status
    event { ... on Event { participants { name } } }
  }
}`,
  },
  { name: 'Officials of South Korea', query: `query OfficialsOfSouthKorea {\n  officials(country: "KR") { subject { name nameAr } role sourceCount }\n}` },
  {
    name: 'What links Russia and North Korea?',
    query: `query WhatLinksRussiaAndNorthKorea {
  links(a: "RU", b: "KP") {
    via { name }
    relation { predicate subject { name } object { name } date status }
  }
}`,
  },
  { name: 'Shortest paths', query: `query ShortestPathsCaineToBrown {\n  paths(from: "Dan Caine", to: "Charles Q. Brown", maxHops: 4) {\n    length\n    nodes { name }\n    relations { predicate date }\n  }\n}` },
  {
    name: 'Neighbourhood to draw',
    query: `query NeighbourhoodOfLavrov {
  neighbourhood(id: "person:sergey-lavrov", depth: 2, predicates: [VISITED, MET, OFFICIAL_OF]) {
    nodes { id type name }
    edges { predicate subject { id } object { id } date status sourceCount }
  }
}`,
  },
  { name: 'Timeline of Shoigu', query: `query TimelineOfShoigu {\n  timeline(id: "شويغو") { predicate subject { name } object { name } date status }\n}` },
  { name: 'Search (Arabic or English)', query: `query SearchLavrov {\n  search(query: "سيرجي لافروف") { id type name nameAr aliases mentionCount }\n}` },
  {
    name: 'Articles and what they contributed',
    query: `query ArticlesAndCounts {
  stats { store articles entities { key count } facts { key count } }
  articles(limit: 5) { id title source published facts(limit: 5) { predicate subject { name } object { name } } }
}`,
  },
];
