import { Query } from '@nestjs/cqrs';
import type { Settings } from '../settings.registry';

/** Every setting, typed, defaults filled in; read fresh (the panel must see its own save). */
export class GetSettingsQuery extends Query<Settings> {}
