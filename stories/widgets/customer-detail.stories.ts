import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {action} from 'storybook/actions';
import type {CustomerDetail, PartnerHubDataProvider, PartnerRole, Session} from '@partner-hub/core';
import {CUSTOMER_DETAIL_TABS, type CustomerDetailTab} from '@partner-hub/widgets';
import '@partner-hub/widgets/define';
import {
  failingProvider,
  FIRST_CUSTOMER_ID,
  HOSTILE_CUSTOMER_ID,
  LANGUAGES,
  loadingProvider,
  populatedProvider,
  ROLES,
  TRIAL_OVER_LIMIT_CUSTOMER_ID,
  withoutControls,
} from './support.ts';

/** Customers in the dataset behind the connected stories. */
const CUSTOMERS = 200;

/** Generated customers with a Japanese name. */
const JAPANESE_CUSTOMER_ID = 'cust-000004';

interface CustomerDetailArgs {
  customerId: string;
  tab: CustomerDetailTab;
  /** Role of the signed-in administrator (what may be edited). */
  role: PartnerRole;
  lang: string;
  dir: string;
}

interface Loaded {
  detail: CustomerDetail;
  session: Session;
}

const events = {
  launch: action('launch-org'),
  startTrial: action('start-trial'),
};

function connectedDetail(provider: PartnerHubDataProvider, args: CustomerDetailArgs): TemplateResult {
  return html`<customer-detail
    .provider=${provider}
    customer-id=${args.customerId || nothing}
    tab=${args.tab}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
    @launch-org=${events.launch}
    @start-trial=${events.startTrial}
  ></customer-detail>`;
}

const meta: Meta<CustomerDetailArgs> = {
  title: 'Elements/Customer detail',
  component: 'customer-detail',
  tags: ['autodocs'],
  args: {customerId: FIRST_CUSTOMER_ID, tab: 'subscriptions', role: 'fullAdmin', lang: '', dir: ''},
  argTypes: {
    customerId: {
      control: 'select',
      options: ['', FIRST_CUSTOMER_ID, JAPANESE_CUSTOMER_ID, TRIAL_OVER_LIMIT_CUSTOMER_ID, HOSTILE_CUSTOMER_ID, 'cust-999999'],
    },
    tab: {control: 'inline-radio', options: CUSTOMER_DETAIL_TABS},
    role: {control: 'inline-radio', options: ROLES},
    lang: {control: 'select', options: LANGUAGES},
    dir: {control: 'inline-radio', options: ['', 'ltr', 'rtl']},
    ...withoutControls('customer-id', 'detail', 'session', 'provider', 'contextLocale'),
  },
  parameters: {
    docs: {
      description: {
        component: `Connected stories use an \`InMemoryProvider\` over ${CUSTOMERS} generated customers (seed 1); trials started and administrators changed stay for as long as the page is open.`,
      },
    },
  },
  render: (args) => connectedDetail(populatedProvider(CUSTOMERS, args.role), args),
};

export default meta;

type Story = StoryObj<CustomerDetailArgs>;

export const Playground: Story = {};

/** The provider never answers (after 30 seconds the element reports the timeout, with Retry). */
export const Loading: Story = {
  render: (args) => connectedDetail(loadingProvider(), args),
};

/** No `customer-id` yet: the element asks for a customer to be chosen. */
export const Empty: Story = {
  args: {customerId: ''},
};

/** The provider fails; Retry asks again. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => connectedDetail(failingProvider(), args),
};

/** An id the provider does not know: its "not found" message, with Retry. */
export const UnknownCustomer: Story = {
  args: {customerId: 'cust-999999'},
};

export const Populated: Story = {};

/** A running trial with more licences assigned than it has: the licence bar shows the overage. */
export const TrialOverTheLimit: Story = {
  args: {customerId: TRIAL_OVER_LIMIT_CUSTOMER_ID, tab: 'trials'},
};

/** A full administrator may add and remove the customer's partner administrators. */
export const AdministratorsFullAdmin: Story = {
  name: 'Administrators, full admin',
  args: {tab: 'admins', role: 'fullAdmin'},
};

/** A read-only administrator sees the same list without add or remove, and cannot start trials. */
export const AdministratorsReadOnly: Story = {
  name: 'Administrators, read-only',
  args: {tab: 'admins', role: 'readOnly'},
};

/** The generator's customer named `<img src=x onerror=alert(1)>` shows as text. */
export const HostileStrings: Story = {
  args: {customerId: HOSTILE_CUSTOMER_ID},
};

export const German: Story = {
  args: {lang: 'de'},
};

export const Japanese: Story = {
  args: {customerId: JAPANESE_CUSTOMER_ID, lang: 'ja'},
};

/** Presentational: the host sets `detail` and `session` itself; the element loads nothing. */
export const Presentational: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const provider = populatedProvider(CUSTOMERS);
      const [detail, session] = await Promise.all([provider.getCustomer(FIRST_CUSTOMER_ID), provider.getSession()]);
      return {detail, session};
    },
  ],
  render: (args, {loaded}) => html`<customer-detail
    .detail=${(loaded as Loaded).detail}
    .session=${(loaded as Loaded).session}
    tab=${args.tab}
    lang=${args.lang || nothing}
    @launch-org=${events.launch}
    @start-trial=${events.startTrial}
  ></customer-detail>`,
};
