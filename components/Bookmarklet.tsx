'use client';

import { useEffect, useRef, useState } from 'react';
import { bookmarkletSource } from '@/lib/content/share';
import { signalsFromDocument } from '@/lib/content/link-metadata';
import { PATHS } from '@/lib/routes';
import styles from './ShareForm.module.css';

/**
 * The "Share on …" bookmarklet, to drag to the bookmarks bar. Its address is set here rather
 * than rendered: React refuses to write a `javascript:` URL, and this site's own address is
 * only certain in the browser (a preview deployment has its own).
 */
export function Bookmarklet({ label }: { label: string }) {
  const link = useRef<HTMLAnchorElement>(null);
  const [clicked, setClicked] = useState(false);
  useEffect(() => {
    link.current?.setAttribute('href', bookmarkletSource(new URL(PATHS.share, window.location.href).href, signalsFromDocument));
  }, []);
  return (
    <p className="mt-4">
      <a
        ref={link}
        href="#bookmarklet"
        id="bookmarklet"
        onClick={(event) => {
          // Run from this page it would only share this page: it is meant for the bookmarks bar.
          event.preventDefault();
          setClicked(true);
        }}
        className={styles.bookmarklet}
      >
        {label}
      </a>
      <span role="status" className="ml-3 text-sm text-zinc-600 dark:text-zinc-400">
        {clicked ? 'Drag it to your bookmarks bar, then click it on the page you want to share.' : ''}
      </span>
    </p>
  );
}
