/**
 * Messages as Segment's own specification shows them, copied from its pages (test fixtures for
 * the mapping's unit tests and the integration tests). Each says which page it comes from.
 */

/** Segment Spec, "Identify" (segment.com/docs/connections/spec/identify/): the complete example call. */
export const specIdentify = {
  anonymousId: '507f191e810c19729de860ea',
  channel: 'browser',
  context: {
    ip: '8.8.8.8',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.110 Safari/537.36',
  },
  integrations: { All: false, Mixpanel: true, Salesforce: true },
  messageId: '022bb90c-bbac-11e4-8dfc-aa07a5b093db',
  receivedAt: '2015-02-23T22:28:55.387Z',
  sentAt: '2015-02-23T22:28:55.111Z',
  timestamp: '2015-02-23T22:28:55.111Z',
  traits: {
    name: 'Peter Gibbons',
    email: 'peter@example.com',
    plan: 'premium',
    logins: 5,
    address: { street: '6th St', city: 'San Francisco', state: 'CA', postalCode: '94103', country: 'USA' },
  },
  type: 'identify',
  userId: '97980cfea0067',
  version: '1.1',
};

/** Segment Spec, "Track" (segment.com/docs/connections/spec/track/): the complete example call. */
export const specTrack = {
  anonymousId: '23adfd82-aa0f-45a7-a756-24f2a7a4c895',
  context: {
    library: { name: 'analytics.js', version: '2.11.1' },
    page: { path: '/academy/', referrer: '', search: '', title: 'Analytics Academy', url: 'https://segment.com/academy/' },
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_2) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/56.0.2924.87 Safari/537.36',
    ip: '108.0.78.21',
  },
  event: 'Course Clicked',
  integrations: {},
  messageId: 'ajs-f8ca1e4de5024d9430b3928bd8ac6b96',
  properties: { title: 'Intro to Analytics' },
  receivedAt: '2015-12-12T19:11:01.266Z',
  sentAt: '2015-12-12T19:11:01.169Z',
  timestamp: '2015-12-12T19:11:01.249Z',
  type: 'track',
  userId: 'AiUGstSDIg',
  originalTimestamp: '2015-12-12T19:11:01.152Z',
};

/** Segment Spec, "E-Commerce Events v2", Order Completed (segment.com/docs/connections/spec/ecommerce/v2/#order-completed): the example call. */
export const specOrderCompleted = {
  userId: '019mr8mf4r',
  event: 'Order Completed',
  properties: {
    checkout_id: 'fksdjfsdjfisjf9sdfjsd9f',
    order_id: '50314b8e9bcf000000000000',
    affiliation: 'Google Store',
    total: 27.5,
    subtotal: 22.5,
    revenue: 25.0,
    shipping: 3,
    tax: 2,
    discount: 2.5,
    coupon: 'hasbros',
    currency: 'USD',
    products: [
      {
        product_id: '507f1f77bcf86cd799439011',
        sku: '45790-32',
        name: 'Monopoly: 3rd Edition',
        price: 19,
        quantity: 1,
        category: 'Games',
        url: 'https://www.example.com/product/path',
        image_url: 'https:///www.example.com/product/path.jpg',
      },
      { product_id: '505bd76785ebb509fc183733', sku: '46493-32', name: 'Uno Card Game', price: 3, quantity: 2, category: 'Games' },
    ],
  },
};

/** Segment Spec, "Page" (segment.com/docs/connections/spec/page/): the complete example call. */
export const specPage = {
  anonymousId: '507f191e810c19729de860ea',
  channel: 'browser',
  context: { ip: '8.8.8.8', userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.12; rv:46.0) Gecko/20100101 Firefox/46.0' },
  integrations: { All: true, Mixpanel: false, Salesforce: false },
  messageId: '022bb90c-bbac-11e4-8dfc-aa07a5b093db',
  name: 'Home',
  properties: { title: 'Welcome | Initech', url: 'http://www.example.com' },
  receivedAt: '2015-02-23T22:28:55.387Z',
  sentAt: '2015-02-23T22:28:55.111Z',
  timestamp: '2015-02-23T22:28:55.111Z',
  type: 'page',
  userId: '97980cfea0067',
  version: '1.1',
};

/** Segment Spec, "Screen" (segment.com/docs/connections/spec/screen/): the complete example call. */
export const specScreen = {
  anonymousId: '3a12eab0-bca7-11e4-8dfc-aa07a5b093db',
  channel: 'mobile',
  context: { ip: '8.8.8.8' },
  integrations: { All: true, Mixpanel: false, Salesforce: false },
  messageId: '022bb90c-bbac-11e4-8dfc-aa07a5b093db',
  name: 'Home',
  properties: { variation: 'blue signup button' },
  receivedAt: '2015-02-23T22:28:55.387Z',
  sentAt: '2015-02-23T22:28:55.111Z',
  timestamp: '2015-02-23T22:28:55.111Z',
  type: 'screen',
  userId: '97980cfea0067',
  version: '1.1',
};

/** Segment Spec, "Group" (segment.com/docs/connections/spec/group/): the complete example call. */
export const specGroup = {
  anonymousId: '507f191e810c19729de860ea',
  channel: 'browser',
  context: {
    ip: '8.8.8.8',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.110 Safari/537.36',
  },
  integrations: { All: true, Mixpanel: false, Salesforce: false },
  messageId: '022bb90c-bbac-11e4-8dfc-aa07a5b093db',
  receivedAt: '2015-02-23T22:28:55.387Z',
  sentAt: '2015-02-23T22:28:55.111Z',
  timestamp: '2015-02-23T22:28:55.111Z',
  traits: { name: 'Initech', industry: 'Technology', employees: 329, plan: 'enterprise', 'total billed': 830 },
  type: 'group',
  userId: '97980cfea0067',
  groupId: '0e8c78ea9d97a7b8185e8632',
  version: '1.1',
};

/** Segment Spec, "Alias" (segment.com/docs/connections/spec/alias/): the complete example call. */
export const specAlias = {
  anonymousId: '507f191e810c19729de860ea',
  channel: 'browser',
  context: { ip: '8.8.8.8' },
  integrations: { All: true, Mixpanel: false, Salesforce: false },
  messageId: '022bb90c-bbac-11e4-8dfc-aa07a5b093db',
  previousId: '39239-239239-239239-23923',
  receivedAt: '2015-02-23T22:28:55.387Z',
  sentAt: '2015-02-23T22:28:55.111Z',
  timestamp: '2015-02-23T22:28:55.111Z',
  type: 'alias',
  userId: '507f191e81',
  version: '1.1',
};

/** Segment, "HTTP Tracking API", Batch (segment.com/docs/connections/sources/catalog/libraries/server/http-api/#batch): the example body. */
export const specBatch = {
  batch: [
    { type: 'identify', userId: '019mr8mf4r', traits: { email: 'jake@yahoo.com', name: 'Jake Peterson', age: 26 }, timestamp: '2012-12-02T00:30:08.276Z' },
    { type: 'track', userId: '019mr8mf4r', event: 'Song Played', properties: { name: 'Fallin for You' }, timestamp: '2012-12-02T00:30:12.984Z' },
    { type: 'identify', userId: '971mj8mk7p', traits: { email: 'cindy@example.com', name: 'Cindy Gonzalez', age: 23 }, timestamp: '2012-12-02T00:30:14.124Z' },
    { type: 'track', userId: '971mj8mk7p', event: 'Song Played', properties: { name: 'Get Right' }, timestamp: '2012-12-02T00:30:15.824Z' },
  ],
  context: { device: { type: 'phone', name: 'Apple iPhone 6' } },
};
