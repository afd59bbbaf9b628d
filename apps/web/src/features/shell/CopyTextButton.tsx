import { Button, type ButtonProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Plain HTTP inside an agency network has no Clipboard API; the older command still works there.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

interface CopyTextButtonProps extends ButtonProps {
  value: string;
  label: string;
}

/** Copies a text and says so ("Copied") in words, for a moment, where a screen reader hears it too. */
export function CopyTextButton({ value, label, ...props }: CopyTextButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <Button
      variant="light"
      {...props}
      onClick={() => void copyText(value).then((copied) => setState(copied ? 'copied' : 'failed'))}
      aria-live="polite"
    >
      {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : label}
    </Button>
  );
}
