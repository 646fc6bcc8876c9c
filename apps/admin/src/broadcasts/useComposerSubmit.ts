import { useSaveContext } from 'react-admin';
import { ComposerInputError, type ComposerValues, toBroadcastBody } from './broadcast-form';

/** The composer's submit: form → API body (a bad filter stays at its field), then react-admin's save. */
export function useComposerSubmit() {
  const { save } = useSaveContext();
  return async (values: ComposerValues) => {
    let body;
    try {
      body = toBroadcastBody(values);
    } catch (error) {
      if (error instanceof ComposerInputError) return { [error.field]: error.message };
      throw error;
    }
    return save?.(body as never);
  };
}
