/** The whole `<partner-hub>`, every element registered (charts included), on generated data. */
import './recorder.ts';
import '../../../packages/hub/src/define.ts';
import {mountHub} from './hub-data.ts';

mountHub();
