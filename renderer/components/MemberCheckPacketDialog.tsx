// "Member-check packet…": asks for the format (DOCX or PDF) and the language (first that of the informant's latest
// member check, else the app's), then makes the packet off the render path and saves it as every export is saved
// (native save dialog in Electron, a download in the browser). Opened from the Informants screen and the member-check
// screen alike.
import { useEffect, useState, type FormEvent } from 'react';
import { PACKET_FORMATS, type PacketFormat } from '../../shared/export/memberCheckPacket/packetOptions.ts';
import { MEMBER_CHECK_LANGUAGES, type Id, type Informant, type MemberCheckLanguage } from '../../shared/model/index.ts';
import { memberCheckPacketFile, suggestedPacketLanguage } from '../data/memberCheckPacket.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { hasNativeFileDialog, saveBytes } from '../platform/platform.ts';
import { useDatabase } from '../services/DatabaseContext.tsx';
import { useToasts } from '../services/Toasts.tsx';
import { Modal } from './Modal.tsx';
import '../styles/memberCheckPacket.css';

type Props = { projectId: Id; informant: Pick<Informant, 'id' | 'pseudonym'>; onClose: () => void };

export const MemberCheckPacketDialog = ({ projectId, informant, onClose }: Props) => {
  const db = useDatabase();
  const { t, locale } = useTranslation();
  const { notify, reportError } = useToasts();
  const [format, setFormat] = useState<PacketFormat>('pdf');
  const [language, setLanguage] = useState<MemberCheckLanguage>(locale);
  const [fromCheck, setFromCheck] = useState(false);
  const [busy, setBusy] = useState(false);
  const pseudonym = informant.pseudonym;

  useEffect(() => {
    let live = true;
    void suggestedPacketLanguage(db, informant.id, locale).then((suggested) => {
      if (!live) return;
      setLanguage(suggested.language);
      setFromCheck(suggested.fromCheck);
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [db, informant.id, locale]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { fileName, bytes } = await memberCheckPacketFile(db, projectId, informant.id, format, language);
      const outcome = await saveBytes(fileName, bytes, [{ name: t(`memberCheckPacket.filter.${format}`), extensions: [format] }]);
      if (outcome.saved) {
        notify(hasNativeFileDialog() ? t('memberCheckPacket.saved', { path: outcome.path }) : t('memberCheckPacket.downloaded', { file: fileName }));
        onClose();
      }
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('memberCheckPacket.dialog.title', { pseudonym })}
      onDismiss={busy ? undefined : onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('memberCheckPacket.dialog.cancel')}
          </button>
          <button type="submit" form="member-check-packet-form" className="button primary" disabled={busy}>
            {busy ? t('memberCheckPacket.dialog.saving') : t('memberCheckPacket.dialog.save')}
          </button>
        </>
      }
    >
      <form id="member-check-packet-form" className="packet-dialog" onSubmit={(event) => void save(event)}>
        <p className="muted">{t('memberCheckPacket.dialog.explanation', { pseudonym })}</p>
        <fieldset disabled={busy}>
          <legend>{t('memberCheckPacket.dialog.format')}</legend>
          <div className="packet-choices">
            {PACKET_FORMATS.map((option) => (
              <label key={option}>
                <input type="radio" name="packet-format" checked={format === option} onChange={() => setFormat(option)} />
                {t(`memberCheckPacket.dialog.format.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('memberCheckPacket.dialog.language')}</legend>
          <div className="packet-choices">
            {MEMBER_CHECK_LANGUAGES.map((option) => (
              <label key={option}>
                <input type="radio" name="packet-language" checked={language === option} onChange={() => setLanguage(option)} />
                {t(`memberCheckPacket.language.${option}`)}
              </label>
            ))}
          </div>
          {fromCheck && <p className="packet-hint muted">{t('memberCheckPacket.dialog.languageFromCheck', { pseudonym })}</p>}
        </fieldset>
      </form>
    </Modal>
  );
};
