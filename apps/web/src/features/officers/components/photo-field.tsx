import { DeleteOutlined, UploadOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { t } from '../locale.ts';

/** The contract allows a data URL of at most 280,000 characters (about 200 KB of image). */
const MAX_DATA_URL = 270_000;
const MAX_SIDE = 600;

function loadImage(file: File): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(t('photoUnreadable')));
    image.src = url;
  });
}

/**
 * A JPEG data URL of the photo small enough for the contract: scaled to at most 600 px and
 * re-encoded at lower quality until it fits in about 200 KB.
 */
export async function photoDataUrl(file: File): Promise<string> {
  if (!/^image\/(jpeg|png)$/.test(file.type)) throw new Error(t('photoType'));
  const image = await loadImage(file);
  URL.revokeObjectURL(image.src);
  let scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
  for (let attempt = 0; attempt < 8; attempt++) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) break;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const url = canvas.toDataURL('image/jpeg', attempt < 4 ? 0.9 - attempt * 0.1 : 0.6);
    if (url.length <= MAX_DATA_URL) return url;
    if (attempt >= 3) scale *= 0.75;
  }
  throw new Error(t('photoTooLarge'));
}

interface Props {
  /** A new photo (data URL), null to remove it, undefined to keep what is stored. */
  value?: string | null | undefined;
  onChange?: (value: string | null | undefined) => void;
  /** The stored photo's address, when the officer has one. */
  storedUrl?: string | null | undefined;
  onError: (message: string) => void;
}

/** Picks a photo, shrinks it in the browser, shows it; the form sends it as a data URL. */
export function PhotoField({ value, onChange, storedUrl, onError }: Props) {
  const [busy, setBusy] = useState(false);
  const shown = value === undefined ? storedUrl : value;
  return (
    <Space align="start" size={16}>
      <Avatar shape="square" size={96} src={shown ?? undefined} icon={<UserOutlined />} alt={t('photo')} />
      <Space orientation="vertical" size={4}>
        <Upload
          accept="image/jpeg,image/png"
          showUploadList={false}
          beforeUpload={(file) => {
            setBusy(true);
            photoDataUrl(file)
              .then((url) => onChange?.(url))
              .catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)))
              .finally(() => setBusy(false));
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={busy}>
            {shown ? t('photoReplace') : t('photoUpload')}
          </Button>
        </Upload>
        {shown ? (
          <Button
            type="link"
            danger
            size="small"
            icon={<DeleteOutlined aria-hidden />}
            onClick={() => onChange?.(null)}
          >
            {t('photoRemove')}
          </Button>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('photoHint')}
        </Typography.Text>
      </Space>
    </Space>
  );
}
