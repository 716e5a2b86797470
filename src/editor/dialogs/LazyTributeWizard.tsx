// "New tribute" fetches its dialog when first asked for, so the wizard is not part of the editor's first load;
// the first ask opens it as soon as it is here (the service worker keeps it offline).
import { lazy, Suspense, useCallback, useImperativeHandle, useRef, useState } from 'react';
import { errorText } from '../../model/errorText';
import { LoadBoundary } from '../../ui/LoadBoundary';
import type { TributeWizardProps } from './TributeWizard';

const TributeWizard = lazy(() =>
  import('./TributeWizard').then((module) => ({ default: module.TributeWizard })),
);

export function LazyTributeWizard({ openRef, ...props }: TributeWizardProps) {
  const [wanted, setWanted] = useState(false);
  const openWizard = useRef<(() => void) | null>(null);
  const openOnArrival = useRef(false);
  useImperativeHandle(openRef, () => () => {
    if (openWizard.current) {
      openWizard.current();
      return;
    }
    openOnArrival.current = true;
    setWanted(true);
  });
  // The wizard hands its own open function over as it mounts: the ask that fetched it is answered then.
  const arrived = useCallback((open: (() => void) | null) => {
    openWizard.current = open;
    if (open && openOnArrival.current) {
      openOnArrival.current = false;
      open();
    }
  }, []);
  if (!wanted) return null;
  return (
    <LoadBoundary
      fallback={null}
      onError={(error) => {
        setWanted(false);
        props.notify(
          'error',
          `The tribute dialog could not be opened: ${errorText(error)}. Reload the page to try again.`,
        );
      }}
    >
      <Suspense fallback={null}>
        <TributeWizard {...props} openRef={arrived} />
      </Suspense>
    </LoadBoundary>
  );
}
