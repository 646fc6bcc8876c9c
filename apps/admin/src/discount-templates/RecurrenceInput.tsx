import { Box, MenuItem, TextField } from '@mui/material';
import { useInput } from 'react-admin';
import { validateRecurrence } from './template-rules';

const KINDS = [
  { id: 'once', name: 'Один раз' },
  { id: 'days', name: 'Не чаще раза в N дней' },
  { id: 'monthly', name: 'Раз в месяц' },
  { id: 'yearly', name: 'Раз в год' },
  { id: 'unlimited', name: 'Без ограничений' },
];

/** `recurrence` as one form value: "once" | "monthly" | "yearly" | "unlimited" | {days: N}. */
export function RecurrenceInput(_: { source?: string }) {
  const { field, fieldState } = useInput({
    source: 'recurrence',
    defaultValue: 'once',
    validate: (value: unknown, all: object) => validateRecurrence(value, all),
  });
  const value = field.value as unknown;
  const kind =
    typeof value === 'object' && value !== null ? 'days' : typeof value === 'string' ? value : 'once';
  const days = typeof value === 'object' && value !== null ? (value as { days: unknown }).days : '';
  const error = fieldState.invalid ? fieldState.error?.message : undefined;
  return (
    <Box sx={{ display: 'flex', gap: 2, mb: 1 }}>
      <TextField
        select
        label="Повторная выдача"
        value={kind}
        onChange={(e) => field.onChange(e.target.value === 'days' ? { days: 30 } : e.target.value)}
        error={Boolean(error) && kind !== 'days'}
        helperText={kind !== 'days' ? error : undefined}
        sx={{ minWidth: 260 }}
        size="small"
      >
        {KINDS.map((k) => (
          <MenuItem key={k.id} value={k.id}>
            {k.name}
          </MenuItem>
        ))}
      </TextField>
      {kind === 'days' && (
        <TextField
          label="N дней"
          type="number"
          size="small"
          value={days}
          onChange={(e) => field.onChange({ days: e.target.value === '' ? '' : Number(e.target.value) })}
          error={Boolean(error)}
          helperText={error}
        />
      )}
    </Box>
  );
}
