/** Entry point of the first bundle: mount the app, load data, register the service worker. */
import { render } from 'solid-js/web';
import { App } from './app';
import { loadAll } from './data';
import { startServiceWorker } from './components/update-banner';
import './styles.css';

render(() => <App />, document.getElementById('app')!);
void loadAll();
startServiceWorker();
