/**
 * The page's layout (`<dl-app>`): the top bar, the scenario panel on the left (sticky, scrolling on
 * its own), the main column; presenter mode (one column; on a lesson's run step the lesson on the
 * left and the results on the right); print (the comparison only: the verdict prints the settings
 * and the seed). The toolbar, messages and run status style themselves.
 */
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--dl-page);
  }
  .layout {
    display: grid;
    grid-template-columns: 340px minmax(0, 1fr);
    align-items: start;
  }
  aside {
    position: sticky;
    top: 57px;
    max-height: calc(100vh - 57px);
    overflow-y: auto;
    background: var(--dl-bg);
    border-right: 1px solid var(--dl-border);
  }
  main {
    padding: 16px 20px 40px;
    min-width: 0;
  }
  .section-head {
    display: flex;
    align-items: baseline;
    gap: 12px;
    margin: 0 0 10px;
  }
  h2 {
    margin: 0;
    font-size: calc(16px * var(--dl-scale, 1));
  }
  .muted {
    color: var(--dl-text-muted);
    font-size: calc(13px * var(--dl-scale, 1));
  }
  .grow {
    flex: 1;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(215px, 1fr));
    gap: 12px;
    margin-bottom: 18px;
  }
  .hidden-results {
    font-size: calc(16px * var(--dl-scale, 1));
  }
  /* Print (the verdict's "Print report"): the comparison only — the verdict prints the settings and the seed. */
  @media print {
    :host {
      min-height: 0;
      background: none;
    }
    .topbar,
    aside,
    dl-messages,
    dl-scenario-intro,
    #strategies,
    #analysis,
    #results-h {
      display: none;
    }
    .layout {
      display: block;
    }
    main {
      padding: 0;
      zoom: 0.75;
    }
  }
  /* Presenter mode: one column, the lesson and the comparison only, large type. */
  :host([presenter]) .layout {
    grid-template-columns: minmax(0, 1fr);
  }
  :host([presenter]) aside,
  :host([presenter]) #strategies,
  :host([presenter]) #analysis,
  :host([presenter]) dl-scenario-intro {
    display: none;
  }
  :host([presenter]) main {
    padding: 16px 28px 40px;
  }
  /* On a run step: the lesson on the left (always in view), the replay and charts on the right. */
  :host([presenter]) main.with-lesson {
    display: grid;
    grid-template-columns: minmax(520px, 36%) minmax(0, 1fr);
    column-gap: 24px;
    align-items: start;
  }
  :host([presenter]) main.with-lesson > * {
    grid-column: 2;
  }
  :host([presenter]) main.with-lesson > dl-lesson {
    grid-column: 1;
    grid-row: 1 / span 4;
    position: sticky;
    top: calc(70px * var(--dl-scale, 1));
    max-height: calc(100vh - 80px * var(--dl-scale, 1));
    overflow-y: auto;
  }
  :host([presenter]) main.with-lesson > dl-lesson-picker {
    grid-column: 1 / -1;
  }
  @media (max-width: 1000px) {
    .layout {
      grid-template-columns: 1fr;
    }
    aside {
      position: static;
      max-height: none;
      border-right: none;
      border-bottom: 1px solid var(--dl-border);
    }
  }
`;
