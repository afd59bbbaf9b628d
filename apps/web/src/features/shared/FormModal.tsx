import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Every dialog that holds a form: the close button is named in the reader's language (an icon alone is
 * silent to a screen reader), the rest is Mantine's Modal as the caller sets it.
 */
export function FormModal(props: Omit<ModalProps, 'closeButtonProps'>) {
  const { t } = useTranslation();
  return <Modal {...props} closeButtonProps={{ 'aria-label': t('common.close') }} />;
}
