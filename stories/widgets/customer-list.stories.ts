import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {action} from 'storybook/actions';
import type {CustomerFilters, CustomerRow, PartnerHubDataProvider, PartnerRole, Permissions, Tag} from '@partner-hub/core';
import type {CustomerList, CustomerSort, TagsChangeEvent} from '@partner-hub/widgets';
import '@partner-hub/widgets/define';
import {customerRows, dataset, failingProvider, LANGUAGES, loadingProvider, populatedProvider, ROLES, withoutControls} from './support.ts';

interface CustomerListArgs {
  /** Customers in the generated dataset behind the provider. */
  customers: number;
  /** Role of the signed-in administrator (what may be edited). */
  role: PartnerRole;
  search: string;
  filters: CustomerFilters;
  sort: CustomerSort | undefined;
  lang: string;
  dir: string;
}

interface Loaded {
  rows: CustomerRow[];
  tags: Tag[];
}

const events = {
  select: action('customer-select'),
  launch: action('launch-org'),
  startTrial: action('start-trial'),
  tagsChange: action('tags-change'),
};

/** The list over `source` (connected: a provider; presentational: rows), with the args that are element properties. */
function list(source: {provider: PartnerHubDataProvider} | {rows: CustomerRow[]}, args: CustomerListArgs): TemplateResult {
  return html`<customer-list
    .provider=${'provider' in source ? source.provider : undefined}
    .rows=${'rows' in source ? source.rows : undefined}
    search=${args.search}
    .filters=${args.filters}
    .sort=${args.sort}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
    @customer-select=${events.select}
    @launch-org=${events.launch}
    @start-trial=${events.startTrial}
    @tags-change=${events.tagsChange}
  ></customer-list>`;
}

const meta: Meta<CustomerListArgs> = {
  title: 'Elements/Customer list',
  component: 'customer-list',
  tags: ['autodocs'],
  args: {customers: 2_000, role: 'fullAdmin', search: '', filters: {}, sort: undefined, lang: '', dir: ''},
  argTypes: {
    customers: {control: 'select', options: [0, 42, 200, 2_000, 20_000]},
    role: {control: 'inline-radio', options: ROLES},
    search: {control: 'text'},
    filters: {control: 'object'},
    sort: {control: 'object'},
    lang: {control: 'select', options: LANGUAGES},
    dir: {control: 'inline-radio', options: ['', 'ltr', 'rtl']},
    ...withoutControls('rows', 'tags', 'permissions', 'provider', 'contextLocale'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Connected stories use an `InMemoryProvider` over a generated dataset (seed 1). Tag edits and trials are kept for as long as the page is open.',
      },
    },
  },
  render: (args) => list({provider: populatedProvider(args.customers, args.role)}, args),
};

export default meta;

type Story = StoryObj<CustomerListArgs>;

export const Playground: Story = {};

/** The provider never answers (after 30 seconds the element reports the timeout, with Retry). */
export const Loading: Story = {
  render: (args) => list({provider: loadingProvider()}, args),
};

/** A partner without a single customer (distinct from "no customer matches"). */
export const Empty: Story = {
  args: {customers: 0},
};

/** Nothing matches the search: the no-match state, with the way back. */
export const NoMatches: Story = {
  args: {search: 'no customer is called this'},
};

/** The provider fails; Retry asks again. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => list({provider: failingProvider()}, args),
};

export const Populated: Story = {};

/** A read-only administrator: tags are chips without an editor, and there is no Start trial. */
export const ReadOnlyRole: Story = {
  args: {role: 'readOnly'},
};

/** The list as a KPI tile leaves it: only the customers over their licence limit, fullest first. */
export const FilteredAndSorted: Story = {
  args: {filters: {kpi: 'overLimit'}, sort: {key: 'licenses', direction: 'desc'}},
};

/** The generator's customer named `<img src=x onerror=alert(1)>` shows as text. */
export const HostileStrings: Story = {
  args: {customers: 200, search: '<img'},
};

export const German: Story = {
  args: {lang: 'de'},
};

export const Japanese: Story = {
  args: {lang: 'ja'},
};

/** 20,000 customers through the provider: pages of 100 rows are fetched as they scroll into view. */
export const Connected20k: Story = {
  name: 'Connected, 20,000 customers',
  // Too heavy for the docs page, which renders every story at once.
  tags: ['!autodocs'],
  args: {customers: 20_000},
};

/**
 * 100,000 rows set by the host: the element searches, filters, sorts and counts facets itself,
 * and renders only the rows in view. The rows are generated once per page (a few seconds).
 */
export const Presentational100k: StoryObj<CustomerListArgs> = {
  name: 'Presentational, 100,000 rows',
  tags: ['!autodocs'],
  loaders: [async (): Promise<Pick<Loaded, 'rows'>> => ({rows: await customerRows(100_000)})],
  render: (args, {loaded}) => list({rows: (loaded as Loaded).rows}, args),
};

const HOST_PERMISSIONS: Partial<Permissions> = {editTags: true, startTrial: true};

/** Presentational with editing: the host saves each `tags-change` by setting new rows. */
export const PresentationalHostSavesTags: StoryObj<CustomerListArgs> = {
  name: 'Presentational, host saves tags',
  loaders: [
    async (): Promise<Loaded> => {
      const provider = populatedProvider(200);
      const page = await provider.listCustomers({offset: 0, limit: 200});
      return {rows: page.items, tags: dataset(200).tags};
    },
  ],
  render: (args, {loaded}) => {
    const {rows, tags} = loaded as Loaded;
    const save = (event: TagsChangeEvent) => {
      events.tagsChange(event.detail);
      const list = event.currentTarget as CustomerList;
      const {customerId, tagIds} = event.detail;
      const chosen = tagIds.flatMap((id) => tags.filter((tag) => tag.id === id));
      list.rows = (list.rows ?? []).map((row) => (row.id === customerId ? {...row, tags: chosen} : row));
    };
    return html`<customer-list
      .rows=${rows}
      .tags=${tags}
      .permissions=${HOST_PERMISSIONS}
      lang=${args.lang || nothing}
      @tags-change=${save}
      @start-trial=${events.startTrial}
    ></customer-list>`;
  },
};
