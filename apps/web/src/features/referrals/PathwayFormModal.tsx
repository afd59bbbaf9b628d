import { directionOf, type Locale, type Pathway, supportedLocales } from '@lantern/domain';
import { Button, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { useFieldErrors } from '../shared/useFieldErrors';
import { PathwayStepFields } from './PathwayStepFields';
import { checkPathwayDraft, MAX_STEPS, moveStep, type StepDraft, stepDraft } from './pathway-model';
import { useSavePathway } from './pathway-queries';

const legendStyles = { legend: { fontWeight: 600, marginBottom: 4 } };

interface PathwayFormProps {
  /** The pathway to change; null to define a new one. */
  editing: Pathway | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (pathway: Pathway) => void;
}

export function PathwayFormModal({ editing, opened, onClose, onSaved }: PathwayFormProps) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t(`referralsWeb.pathways.form.${editing ? 'editTitle' : 'createTitle'}`)}
      size="xl"
    >
      {opened && (
        <PathwayForm key={editing?.id ?? 'new'} editing={editing} onClose={onClose} onSaved={onSaved} />
      )}
    </FormModal>
  );
}

/** A pathway's names in the three languages and its steps in order, each to a kind of agency with a time limit. */
function PathwayForm({ editing, onClose, onSaved }: Omit<PathwayFormProps, 'opened'>) {
  const { t } = useTranslation();
  const save = useSavePathway();
  const [names, setNames] = useState<Record<Locale, string>>(() => ({
    vi: '',
    en: '',
    ar: '',
    ...editing?.names,
  }));
  const [steps, setSteps] = useState<StepDraft[]>(() =>
    editing ? editing.steps.map((step) => stepDraft(step)) : [stepDraft()],
  );
  const { errorOf, accept, shownElsewhere, serverError } = useFieldErrors(save.error);
  // The server names a wrong service by its place in the list (steps.0.services.2); it shows at the list.
  const errorAt = (field: string) =>
    errorOf(field) ?? serverError?.details.find((detail) => detail.field.startsWith(`${field}.`))?.message;

  const submit = () => {
    const { problems, input } = checkPathwayDraft(names, steps, t);
    if (!accept(problems) || !input) return;
    save.mutate({ id: editing?.id ?? null, input }, { onSuccess: onSaved });
  };
  const change = (index: number, step: StepDraft) =>
    setSteps(steps.map((old, at) => (at === index ? step : old)));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        <Text>{t('referralsWeb.pathways.form.intro')}</Text>
        <Fieldset legend={t('referralsWeb.pathways.form.names')} variant="unstyled" styles={legendStyles}>
          <SimpleGrid cols={1} spacing="sm">
            {supportedLocales.map((locale) => (
              <TextInput
                key={locale}
                label={t(`referralsWeb.pathways.form.name_${locale}`)}
                name={`names.${locale}`}
                required
                lang={locale}
                dir={directionOf(locale)}
                maxLength={200}
                value={names[locale]}
                onChange={(event) => setNames({ ...names, [locale]: event.currentTarget.value })}
                error={errorOf(`names.${locale}`)}
                data-testid={`pathway-name-${locale}`}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {steps.map((step, index) => (
            <li key={step.key}>
              <PathwayStepFields
                index={index}
                count={steps.length}
                step={step}
                onChange={(next) => change(index, next)}
                onMove={(by) => setSteps(moveStep(steps, index, by))}
                onRemove={() => setSteps(steps.filter((_, at) => at !== index))}
                errorOf={errorAt}
              />
            </li>
          ))}
        </Stack>
        {steps.length < MAX_STEPS && (
          <Button
            variant="light"
            h={44}
            w="fit-content"
            onClick={() => setSteps([...steps, stepDraft()])}
            data-testid="pathway-add-step"
          >
            {t('referralsWeb.pathways.form.addStep')}
          </Button>
        )}
        <ServerErrorAlert error={save.error} shownElsewhere={shownElsewhere} />
        <FormActions
          submitLabel={t('referralsWeb.pathways.form.save')}
          pending={save.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
