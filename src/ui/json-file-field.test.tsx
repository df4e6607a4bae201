import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { JsonFileField } from './json-file-field';

describe('JsonFileField', () => {
  it('is a file input named by its label, with a button text in the page’s language', () => {
    render(<JsonFileField label="校验文件（JSON）" buttonText="选择文件…" onFile={() => {}} />);
    const input = screen.getByLabelText('校验文件（JSON）');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.json,application/json');
    // The drawn button is for the eye; the input is what assistive technology announces.
    expect(screen.getByText('选择文件…')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('hands over each chosen file and clears the input, so the same file can be chosen again', async () => {
    const onFile = vi.fn();
    render(
      <JsonFileField label="Verify a file (JSON)" buttonText="Choose a file…" onFile={onFile} />,
    );
    const input = screen.getByLabelText<HTMLInputElement>('Verify a file (JSON)');
    const file = new File(['{}'], 'agreed.json', { type: 'application/json' });
    await userEvent.upload(input, file);
    await userEvent.upload(input, file);
    expect(onFile).toHaveBeenCalledTimes(2);
    expect(onFile).toHaveBeenLastCalledWith(file);
    expect(input.value).toBe('');
  });
});
