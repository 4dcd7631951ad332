/** The whole `<partner-hub>` with its charts, on a page that adds README's default policy for them. */
import './recorder.ts';
import './readme-default-policy.ts';
import './hub.ts';
