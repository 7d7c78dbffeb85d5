// TEMPORARY shell of the SearchScreen (issue 3, being built now); the owning helper replaces this file.
import type { Route } from '../../app/routes.ts';

type Props = { projectId: string; navigate: (route: Route) => void };

export const SearchScreen = (_props: Props) => <section className="screen" />;
