import { useState } from 'react';
import { Button } from '../shared/native';
import { TextField } from '../shared/fields';

/** A name field and its Add button (a new phase, a new section). */
export function AddByName({ label, placeholder, button, onAdd }: { label: string; placeholder: string; button: string; onAdd: (name: string) => void }) {
  const [name, setName] = useState('');
  return (
    <div className="pm-row" style={{ alignItems: 'end' }}>
      <div style={{ width: 260 }}>
        <TextField label={label} value={name} placeholder={placeholder} onChange={setName} />
      </div>
      <Button
        isDisabled={!name.trim()}
        onClick={() => {
          onAdd(name);
          setName('');
        }}
      >
        {button}
      </Button>
    </div>
  );
}
