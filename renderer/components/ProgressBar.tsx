// An accessible determinate progress bar with a caption ("3 of 12 — interview-04.docx").
type Props = { label: string; done: number; total: number; caption: string };

export const ProgressBar = ({ label, done, total, caption }: Props) => {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="progress">
      <div className="progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="progress-caption">{caption}</div>
    </div>
  );
};
