import { useEffect, useId, useRef, useState } from 'react';
import { MAX_ATTACHMENT_BYTES, type ItemAttachment } from '../../shared/model/invitation';
import {
  ATTACHMENT_ACCEPT_ATTRIBUTE,
  attachmentDescription,
  attachmentFileName,
  attachmentTooLargeMessage,
  unsupportedNameMessage,
} from '../../shared/attachments/types';
import { api } from '../api/client';
import { readAsBase64 } from '../app/readAsBase64';
import './attachments.css';

interface Props {
  meetingId: number;
  itemId: number;
  /** "4." or "1 a)": read out in the buttons' names. */
  number: string;
  /** The meeting's attachments as loaded; this list keeps its own copy from then on. */
  initial: readonly ItemAttachment[];
  /** Approved minutes: the files can be opened, not changed. */
  readOnly: boolean;
  /** After the first file is attached: the item's "bilaga" mark follows. */
  onAttached?: () => void;
}

type Notice = { kind: 'saving'; fileName: string } | { kind: 'saved-at'; path: string; fileName: string; url: string | null } | null;

const ofItem = (all: readonly ItemAttachment[], itemId: number) =>
  all.filter((a) => a.itemId === itemId).sort((a, b) => a.position - b.position || a.id - b.id);

/**
 * "Bilagor" on an agenda item: the attached files with their type and size,
 * opened with the system's program (or saved, where the host cannot open
 * programs), moved and removed; "Lägg till bilaga" takes several files at
 * once. A file over 50 MB is refused by its size before it is read.
 * `data-attachments-state` = idle | saving.
 */
export function ItemAttachments({ meetingId, itemId, number, initial, readOnly, onAttached }: Props) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [files, setFiles] = useState(() => ofItem(initial, itemId));
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  // Where focus goes once the list has been drawn again (a moved, removed or confirmed file's button).
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    const target = focusTarget === 'add' ? addRef.current : listRef.current?.querySelector<HTMLElement>(focusTarget);
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget, files, confirming]);

  useEffect(() => {
    const url = notice?.kind === 'saved-at' ? notice.url : null;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [notice]);

  if (readOnly && files.length === 0) return null;

  const focusIn = (selector: string) => setFocusTarget(selector);

  const add = async (chosen: File[]) => {
    if (inputRef.current) inputRef.current.value = '';
    const problems: string[] = [];
    let added = 0;
    for (const file of chosen) {
      const name = attachmentFileName(file.name);
      // Refused by name and size before a byte is read: a 2 GB film never reaches memory.
      const early = unsupportedNameMessage(name) ?? (file.size > MAX_ATTACHMENT_BYTES ? attachmentTooLargeMessage(name) : null);
      if (early) {
        problems.push(early);
        continue;
      }
      setNotice({ kind: 'saving', fileName: name });
      let contentBase64: string;
      try {
        contentBase64 = await readAsBase64(file);
      } catch {
        problems.push(`Filen ”${name}” kunde inte läsas. Välj den igen.`);
        continue;
      }
      const result = await api['attachments:add']({ meetingId, itemId, fileName: file.name, contentBase64 });
      if (result.ok) {
        added += 1;
        setFiles((list) => [...list, result.value]);
      } else {
        problems.push(result.error.message);
      }
    }
    setNotice(null);
    setErrors(problems);
    if (added > 0) onAttached?.();
    addRef.current?.focus();
  };

  const open = async (file: ItemAttachment) => {
    setErrors([]);
    const result = await api['attachments:open']({ meetingId, attachmentId: file.id });
    if (!result.ok) {
      setErrors([result.error.message]);
      return;
    }
    if (result.value.opened) {
      setNotice(null);
      return;
    }
    // The browser host cannot start a program: the file is saved there, and offered here as a download too.
    const bytes = await api['attachments:get']({ meetingId, attachmentId: file.id });
    const url = bytes.ok ? URL.createObjectURL(base64Blob(bytes.value.contentBase64, bytes.value.mediaType)) : null;
    setNotice({ kind: 'saved-at', path: result.value.path, fileName: file.fileName, url });
  };

  const move = async (file: ItemAttachment, direction: 'up' | 'down') => {
    const result = await api['attachments:move']({ meetingId, attachmentId: file.id, direction });
    if (!result.ok) {
      setErrors([result.error.message]);
      return;
    }
    setErrors([]);
    setFiles(ofItem(result.value, itemId));
    const list = ofItem(result.value, itemId);
    const at = list.findIndex((a) => a.id === file.id);
    // At the end of the list the button goes away: focus the one that stays.
    const stays = direction === 'up' ? at > 0 : at < list.length - 1;
    focusIn(`[data-attachment="${file.id}"] [data-move="${stays ? direction : direction === 'up' ? 'down' : 'up'}"]`);
  };

  const remove = async (file: ItemAttachment) => {
    const result = await api['attachments:remove']({ meetingId, attachmentId: file.id });
    setConfirming(null);
    if (!result.ok) {
      setErrors([result.error.message]);
      return;
    }
    setErrors([]);
    const index = files.findIndex((a) => a.id === file.id);
    const rest = files.filter((a) => a.id !== file.id);
    setFiles(rest);
    const next = rest[Math.min(index, rest.length - 1)];
    if (next) focusIn(`[data-attachment="${next.id}"] .attachment-open`);
    else focusIn('add');
  };

  const errorId = `${id}-errors`;
  return (
    <div className="item-attachments" role="group" aria-labelledby={`${id}-label`} data-attachments-state={notice?.kind === 'saving' ? 'saving' : 'idle'}>
      <p className="field-label" id={`${id}-label`}>
        Bilagor<span className="visually-hidden"> till punkt {number}</span>
      </p>
      {files.length > 0 && (
        <ul className="attachment-list" ref={listRef} aria-label={`Bilagor till punkt ${number}`}>
          {files.map((file, index) => (
            <li key={file.id} className="attachment" data-attachment={file.id}>
              <button type="button" className="attachment-open" aria-label={`Öppna ${file.fileName}`} onClick={() => void open(file)}>
                {file.fileName}
              </button>
              <span className="attachment-meta">{attachmentDescription(file.mediaType, file.size)}</span>
              {!readOnly && (
                <span className="attachment-actions">
                  {confirming === file.id ? (
                    <>
                      <span className="attachment-confirm">Ta bort bilagan?</span>
                      <button type="button" className="button button-small button-danger" data-confirm-remove onClick={() => void remove(file)}>
                        Ta bort<span className="visually-hidden"> {file.fileName}</span>
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => {
                          setConfirming(null);
                          focusIn(`[data-attachment="${file.id}"] [data-remove]`);
                        }}
                      >
                        Avbryt
                      </button>
                    </>
                  ) : (
                    <>
                      {index > 0 && (
                        <button type="button" className="attachment-icon" data-move="up" aria-label={`Flytta upp ${file.fileName}`} onClick={() => void move(file, 'up')}>
                          <span aria-hidden="true">↑</span>
                        </button>
                      )}
                      {index < files.length - 1 && (
                        <button type="button" className="attachment-icon" data-move="down" aria-label={`Flytta ned ${file.fileName}`} onClick={() => void move(file, 'down')}>
                          <span aria-hidden="true">↓</span>
                        </button>
                      )}
                      <button
                        type="button"
                        className="attachment-icon"
                        data-remove
                        aria-label={`Ta bort ${file.fileName}`}
                        onClick={() => {
                          setConfirming(file.id);
                          focusIn(`[data-attachment="${file.id}"] [data-confirm-remove]`);
                        }}
                      >
                        <span aria-hidden="true">×</span>
                      </button>
                    </>
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <>
          <input
            ref={inputRef}
            type="file"
            multiple
            hidden
            accept={ATTACHMENT_ACCEPT_ATTRIBUTE}
            aria-label={`Välj filer att lägga till som bilagor till punkt ${number}`}
            data-attachment-input
            onChange={(e) => void add([...(e.currentTarget.files ?? [])])}
          />
          <button
            ref={addRef}
            type="button"
            className="button button-small"
            aria-describedby={errors.length > 0 ? errorId : undefined}
            aria-invalid={errors.length > 0 ? true : undefined}
            onClick={() => inputRef.current?.click()}
          >
            Lägg till bilaga<span className="visually-hidden"> till punkt {number}</span>
          </button>
        </>
      )}
      <p className="attachment-status" role="status">
        {notice?.kind === 'saving' && `Sparar ${notice.fileName} …`}
        {notice?.kind === 'saved-at' && (
          <>
            Filen kan inte öppnas härifrån. Den är sparad i {notice.path}
            {notice.url && (
              <>
                {' '}
                – eller{' '}
                <a href={notice.url} download={notice.fileName}>
                  ladda ned {notice.fileName}
                </a>
              </>
            )}
            .
          </>
        )}
      </p>
      {errors.length > 0 && (
        <div id={errorId} className="field-error attachment-errors" role="alert">
          {errors.map((message, i) => (
            <p key={i}>{message}</p>
          ))}
        </div>
      )}
    </div>
  );
}

function base64Blob(contentBase64: string, mediaType: string): Blob {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mediaType });
}
