import { errorMessage } from '../../../errors.js';
import type { RegisterListener } from '../types.js';

/**
 * App Home: on `app_home_opened` (Home tab), publishes the user's view: the
 * customer checklist with the latest check statuses and open alerts.
 */
export const registerHome: RegisterListener = (app, deps) => {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const logger = deps.logger.child({ event: 'app_home_opened', userId: event.user });
    if (!deps.home) {
      logger.debug('no home port; App Home not published');
      return;
    }
    try {
      const view = await deps.home.view(event.user);
      await client.views.publish({ user_id: event.user, view });
      logger.info({ blocks: view.blocks.length }, 'app home published');
    } catch (err) {
      logger.error({ error: errorMessage(err) }, 'app home publish failed');
      throw err;
    }
  });
};
