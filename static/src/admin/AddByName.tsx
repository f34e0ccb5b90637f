import { useState } from 'react';
import { Button } from '../shared/native';
import { TextField } from '../shared/fields';

/** A name field and its Add button (a new phase, a new section). */
export function AddByName({
  label,
  placeholder,
  button,
  onAdd,
}: {
  label: string;
  placeholder: string;
  button: string;
  onAdd: (name: string) => void;
}) {
  const [name, setName] = useState('');
  const add = () => {
    onAdd(name);
    setName('');
  };
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- not a control: it only catches Enter bubbling up from its own input
    <div
      className="pm-row"
      style={{ alignItems: 'end' }}
      // Enter in the name adds it; without this the form's implicit submit would save the whole configuration.
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
        e.preventDefault();
        if (name.trim()) add();
      }}
    >
      <div style={{ width: 260 }}>
        <TextField label={label} value={name} placeholder={placeholder} onChange={setName} />
      </div>
      <Button isDisabled={!name.trim()} onClick={add}>
        {button}
      </Button>
    </div>
  );
}
