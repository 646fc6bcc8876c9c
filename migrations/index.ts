import { Platform1763700000000 } from './1763700000000-platform';
import { SettingsAndTemplates1763800000000 } from './1763800000000-settings-and-templates';
import { Clients1763800001000 } from './1763800001000-clients';
import { Discounts1763800002000 } from './1763800002000-discounts';
import { Administration1763900000000 } from './1763900000000-administration';
import { Broadcasts1764000000000 } from './1764000000000-broadcasts';
import { ClientProfile1764200000000 } from './1764200000000-client-profile';
import { Reliability1764500000000 } from './1764500000000-reliability';
import { DemoRecords1764600000000 } from './1764600000000-demo-records';
import { FunnelIndexes1764700000000 } from './1764700000000-funnel-indexes';
import { TillScan1764800000000 } from './1764800000000-till-scan';
import { Evening1764810000000 } from './1764810000000-evening';
import { ClientCounts1764820000000 } from './1764820000000-client-counts';
import { BirthdayScan1764830000000 } from './1764830000000-birthday-scan';

/**
 * The explicit, ordered list of migrations (globs break under bundlers and test runners).
 * Append new migrations at the end; never edit one that has shipped.
 */
export const migrations = [
  Platform1763700000000,
  SettingsAndTemplates1763800000000,
  Clients1763800001000,
  Discounts1763800002000,
  Administration1763900000000,
  Broadcasts1764000000000,
  ClientProfile1764200000000,
  Reliability1764500000000,
  DemoRecords1764600000000,
  FunnelIndexes1764700000000,
  TillScan1764800000000,
  Evening1764810000000,
  ClientCounts1764820000000,
  BirthdayScan1764830000000,
];
