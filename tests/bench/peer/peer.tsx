import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';

/**
 * The benchmarks' peer: a bare Lexical editor per agenda item, as the Lexical
 * documentation sets one up (LexicalComposer, rich text, lists, tables,
 * links, history), loaded with the very notes JSON Anteckna stores. Nothing
 * of Anteckna runs here: no autosave, toolbar, slash menu or app styles.
 *
 *   #/list     a one-link "meeting list" (startup and open)
 *   #/meeting  fetches notes.json and mounts one editor per item
 *   #/item/N   the same with only item N's editor (the peer of live mode)
 */

interface PeerItem {
  title: string;
  /** The stored notes JSON, as a string. */
  notes: string;
}

const NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, TableNode, TableRowNode, TableCellNode];

function PeerEditor({ item, index }: { item: PeerItem; index: number }) {
  const [config] = useState<InitialConfigType>(() => ({
    namespace: `peer-${index}`,
    nodes: NODES,
    // LexicalComposer runs editor.setEditorState(editor.parseEditorState(json)) on this string.
    editorState: item.notes,
    onError: (error: Error) => {
      console.error(error);
    },
  }));
  return (
    <section className="peer-item" data-peer-item={index}>
      <h2>
        {index + 1}. {item.title}
      </h2>
      <LexicalComposer initialConfig={config}>
        <RichTextPlugin
          contentEditable={<ContentEditable className="peer-content" aria-label={`Anteckningar ${index + 1}`} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      </LexicalComposer>
    </section>
  );
}

function Meeting({ only }: { only: number | null }) {
  const [items, setItems] = useState<PeerItem[] | null>(null);
  useEffect(() => {
    let live = true;
    void fetch('notes.json')
      .then((r) => r.json() as Promise<PeerItem[]>)
      .then((loaded) => {
        if (live) setItems(loaded);
      });
    return () => {
      live = false;
    };
  }, []);
  if (!items) return <p>Laddar …</p>;
  return (
    <main className="peer-meeting">
      <h1>Prestandamöte</h1>
      {items.map((item, index) => (only === null || only === index ? <PeerEditor key={index} item={item} index={index} /> : null))}
    </main>
  );
}

function List() {
  return (
    <main id="peer-list">
      <h1>Möten</h1>
      <a href="#/meeting">Prestandamöte</a>
    </main>
  );
}

function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

function Peer() {
  const hash = useHash();
  if (hash.startsWith('#/meeting')) return <Meeting only={null} />;
  const item = /^#\/item\/(\d+)$/.exec(hash);
  return item?.[1] ? <Meeting key={item[1]} only={Number(item[1])} /> : <List />;
}

const container = document.getElementById('peer');
if (container) createRoot(container).render(<Peer />);
