// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withEditorResources } from '../i18n/withEditorResources.ts';
import { DurationPicker } from './DurationPicker.tsx';

afterEach(cleanup);

const i18n = withEditorResources(undefined);
const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;

describe('DurationPicker', () => {
  it('edits the number and the unit of an ISO duration', () => {
    const onChange = vi.fn<(value: string) => void>();
    const { rerender } = render(<DurationPicker value="P3D" onChange={onChange} testId="d" />, { wrapper });
    expect((screen.getByTestId('d-amount') as HTMLInputElement).value).toBe('3');
    expect((screen.getByTestId('d-unit') as HTMLSelectElement).value).toBe('days');
    fireEvent.change(screen.getByTestId('d-amount'), { target: { value: '30' } });
    expect(onChange).toHaveBeenLastCalledWith('P30D');
    rerender(<DurationPicker value="P30D" onChange={onChange} testId="d" />);
    fireEvent.change(screen.getByTestId('d-unit'), { target: { value: 'minutes' } });
    expect(onChange).toHaveBeenLastCalledWith('PT30M');
  });

  it('falls back to text for durations with several parts', () => {
    const onChange = vi.fn<(value: string) => void>();
    render(<DurationPicker value="P1DT12H" onChange={onChange} testId="d" />, { wrapper });
    fireEvent.change(screen.getByTestId('d'), { target: { value: 'p2d' } });
    expect(onChange).toHaveBeenLastCalledWith('P2D');
  });
});
